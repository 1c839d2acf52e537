#pragma once

#include <QString>

namespace Wiredesk {

/// Makes a throw-away copy of the bundled demo profile (sample wires in the drop folder and
/// a sample draft) so that `--demo` never writes into anything the user keeps.
class DemoProfile final
{
public:
    /// Copies the tree under @p source (by default the ":/demo" resource) into @p target.
    /// Returns false with @p error set when a file cannot be written.
    static bool copyTo(const QString &target, QString *error, const QString &source = QStringLiteral(":/demo"));
};

} // namespace Wiredesk
