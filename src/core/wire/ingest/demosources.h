#pragma once

#include "wiresource.h"

#include <QList>
#include <QString>

namespace Wiredesk {

class WireStore;

/// Reads the demo profile's `sources.json` (docs/demo-profile.md) into WireSources.
///
/// Every demo source is one file in the profile's drop folder, so each becomes a "file"
/// source whose location is the absolute path of that file; the credibility becomes the
/// label and pollIntervalSeconds the poll interval. A file of a higher version, or of
/// another format, is refused with a clear error rather than half understood.
class DemoSources final
{
public:
    static constexpr int SupportedVersion = 1;

    /// The sources described by @p sourcesJson; file paths resolve against @p profileRoot.
    static QList<WireSource> read(const QString &sourcesJson, const QString &profileRoot, QString *error);
    /// On a profile with a sources.json and a store without sources, adds the demo sources.
    /// Returns how many were added (0 when the store already has sources or there is no file);
    /// -1 with @p error on failure.
    static int addToEmptyStore(WireStore &store, const QString &profileRoot, QString *error);
};

} // namespace Wiredesk
