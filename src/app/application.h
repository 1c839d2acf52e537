#pragma once

namespace Wiredesk {

/// Start-up: command line (--profile, --demo, --smoke, --lang), translations, the profile,
/// and the main window. main() only calls run().
class Application final
{
public:
    static int run(int argc, char *argv[]);
};

} // namespace Wiredesk
