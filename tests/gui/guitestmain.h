#pragma once

// main() for GUI tests that create web views: like QTEST_MAIN, but registers the preview's
// URL schemes before QApplication exists (Chromium requires it) and isolates settings:
// test mode, and an application name per test executable, so GUI tests that ctest runs in
// parallel never read or remove each other's window layout.
#include "previewpane.h"

#include <QApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

#define WIREDESK_GUITEST_MAIN(TestClass)                                                                               \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        Wiredesk::PreviewPane::registerUrlSchemes();                                                                   \
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                                                    \
        QApplication app(argc, argv);                                                                                  \
        QApplication::setOrganizationName(QStringLiteral("Wiredesk"));                                                 \
        QApplication::setApplicationName(                                                                              \
            QStringLiteral("wiredesk-") + QFileInfo(QCoreApplication::applicationFilePath()).fileName());              \
        QStandardPaths::setTestModeEnabled(true);                                                                      \
        TestClass test;                                                                                                \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
