#include "appsettings.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Wiredesk {

std::unique_ptr<QSettings> appSettings()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return std::make_unique<QSettings>(folder + u"/wiredesk.ini"_s, QSettings::IniFormat);
}

} // namespace Wiredesk
