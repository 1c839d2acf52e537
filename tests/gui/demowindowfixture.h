#pragma once

// What every test of the whole window needs: a fresh copy of the demo profile, the default
// window layout, a MainWindow opened on that profile, and a way to ask the preview's page.
#include "demoprofile.h"
#include "guiwait.h"
#include "mainwindow.h"
#include "previewpage.h"
#include "previewpane.h"
#include "profile.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <memory>

namespace Wiredesk {

class DemoWindowFixture final
{
public:
    /// Forgets the window layout (settings live under test-mode paths) and copies the demo
    /// profile into a new temporary folder. False with @p error when the copy fails.
    bool reset(QString *error)
    {
        QFile::remove(
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/wiredesk.ini"));
        return freshProfile(error);
    }
    /// A new copy of the demo profile; the window layout stays (it is per user, not per profile).
    bool freshProfile(QString *error)
    {
        m_folder = std::make_unique<QTemporaryDir>();
        return DemoProfile::copyTo(m_folder->path(), error);
    }
    void release() { m_folder.reset(); }
    QString folder() const { return m_folder ? m_folder->path() : QString(); }

    /// A window on the profile, as the application opens it (problems are logged: the
    /// tests then fail on what they check).
    std::unique_ptr<MainWindow> openWindow() const
    {
        auto profile = std::make_unique<Profile>();
        if (!profile->open(folder()))
            qWarning("profile: %s", qPrintable(profile->errorString()));
        auto window = std::make_unique<MainWindow>(std::move(profile));
        QString error;
        if (!window->openProfile(&error))
            qWarning("openProfile: %s", qPrintable(error));
        return window;
    }

    /// Runs @p script in the preview's isolated world and returns its result.
    static QVariant previewJs(MainWindow *window, const QString &script)
    {
        QVariant result;
        bool done = false;
        window->previewPane()->page()->runJavaScript(
            script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
                result = value;
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, GuiWaitMs))
            qWarning("the preview did not answer: %s", qPrintable(script));
        return result;
    }

private:
    std::unique_ptr<QTemporaryDir> m_folder;
};

} // namespace Wiredesk
