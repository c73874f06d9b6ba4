// Result<T>: a value, or an Error: a kind that code decides by, and a message for a person
// saying what went wrong and where.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace cutline {

// What kind of failure an Error is; code (and tests) decide by this, people read the message.
enum class ErrorCode
{
    Invalid,    // a value or a content that breaks a rule (the message names it)
    NotFound,   // the file does not exist
    Unreadable, // exists but cannot be read: a folder, a device, too large, no permission
    NotCutline, // a readable file that is not a Cutline workshop (empty, not SQLite, foreign)
    TooNew,     // a workshop from a newer Cutline
    Damaged,    // a Cutline workshop that is corrupted or truncated
    Untrusted,  // a schema Cutline did not write (possibly hostile); not opened
    Unwritable, // the target cannot be written; nothing was changed
    Internal,   // the database driver failed; not the user's doing
};

struct Error
{
    Error(QString text) : message(std::move(text)) {}
    Error(ErrorCode kind, QString text) : code(kind), message(std::move(text)) {}

    ErrorCode code = ErrorCode::Invalid;
    QString message;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const QString &error() const { return m_error.message; }
    ErrorCode errorCode() const { return m_error.code; }
    // The whole failure, to pass on unchanged: `return loaded.failure();`
    const Error &failure() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error = Error(QString());
};

// For operations that return nothing but can fail.
struct Done
{
};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}

} // namespace cutline
