#pragma once

// How long a GUI test waits for something that is sure to happen: a window to show, Chromium to
// answer, a background job to finish. Qt Test's default of 5 s is too short on a loaded CI
// machine (two cores shared with the WordPress fault runs and a starting Chromium); the waits
// return as soon as their condition holds, so a generous limit costs nothing when all is well
// and only turns a slow machine's pass from a failure into a pass.
namespace Wiredesk {

inline constexpr int GuiWaitMs = 60'000;

} // namespace Wiredesk
