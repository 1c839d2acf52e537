#include "application.h"

#include <QApplication>

namespace Wiredesk {

int Application::run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return 0;
}

} // namespace Wiredesk
