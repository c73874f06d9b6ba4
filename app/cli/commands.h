// The cutline-cli subcommands.
#pragma once

#include "app/cli/command.h"

#include <memory>
#include <vector>

namespace cutline::cli {

std::vector<std::unique_ptr<Command>> allCommands();

} // namespace cutline::cli
