#pragma once

#include <QSettings>
#include <memory>

namespace Wiredesk {

/// The user's interface settings (window layout, preferences) in an INI file under the
/// config location. Going through QStandardPaths means test mode keeps tests away from
/// the user's real settings.
std::unique_ptr<QSettings> appSettings();

} // namespace Wiredesk
