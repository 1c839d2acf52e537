#include "blockiddata.h"

namespace Wiredesk {

// Out of line so the vtable lives in one translation unit.
BlockIdData::~BlockIdData() = default;

} // namespace Wiredesk
