#include "application.h"

int main(int argc, char *argv[])
{
    return Wiredesk::Application::run(argc, argv);
}
