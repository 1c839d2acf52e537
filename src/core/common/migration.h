#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Wiredesk {

/// One numbered step of a module's schema. Steps are applied in order, each in its own
/// transaction, and never edited once released: a change to the schema is a new step.
struct Migration {
    int version = 0;
    QStringList statements; ///< executed in order, one SQL statement each
};

/// The schema of one module (wire, article, sync, ...). Modules migrate independently, so
/// adding a table to one never renumbers another's steps.
struct Schema {
    QString module;
    QList<Migration> migrations;

    int latestVersion() const { return migrations.isEmpty() ? 0 : migrations.constLast().version; }
};

} // namespace Wiredesk
