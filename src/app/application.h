#pragma once

#include <QString>

namespace Wiredesk {

/// What the command line asked for.
struct StartupOptions {
    QString profileFolder;     ///< --profile DIR; empty → the default profile
    bool demo = false;         ///< --demo: a throw-away copy of the bundled demo profile
    bool smoke = false;        ///< --smoke: start, wait for the first preview render, exit
    QString language;          ///< --lang: overrides the system locale
    bool startupProbe = false; ///< --startup-probe: print when interactive, exit (bench_startup)
};

/// Start-up: command line, translations, the profile and the main window. main() only
/// calls run().
class Application final
{
public:
    static int run(int argc, char *argv[]);
};

} // namespace Wiredesk
