// Workshop: the whole planning session as plain data — settings, candidates and their links.
#pragma once

#include "candidate.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cutline {

struct Goal
{
    QString name;
    QString metric;
    QString target;
    bool operator==(const Goal &) const = default;
};

enum class LinkType
{
    Requires,
    Excludes
};

// `from` requires `to` (from cannot be done without to), or `from` and `to` exclude each other.
struct Dependency
{
    int from = 0;
    int to = 0;
    LinkType type = LinkType::Requires;
    bool operator==(const Dependency &) const = default;
};

QString linkTypeId(LinkType type);
std::optional<LinkType> linkTypeFromId(const QString &id);

struct Workshop
{
    QString title;
    QString objective;
    QString horizon;
    QDate date;
    QString facilitator;
    QString decider;
    QStringList participants;
    QList<Goal> goals;
    double capacity = 0.0;
    QString capacityUnit = QStringLiteral("person-weeks");
    QString notes;

    QList<Candidate> candidates;
    QList<Dependency> dependencies;

    // Links compare as a set: order does not matter, and "A excludes B" is "B excludes A".
    bool operator==(const Workshop &other) const;

    // Copies everything but the candidates and links (title, goals, capacity, …).
    void assignSettings(const Workshop &other);
    bool sameSettings(const Workshop &other) const;

    const Candidate *candidate(int id) const;
    Candidate *candidate(int id);
    const Candidate *candidateByKey(const QString &key) const;
    int indexOf(int id) const; // -1 when absent
    int nextId() const;
    QString nextKey() const; // "C-<n>" one past the highest numbered key
    bool hasLink(int from, int to, LinkType type) const;
    // Keys of the candidates `id` links to with `type`, in candidate order.
    QStringList linkedKeys(int id, LinkType type) const;
};

} // namespace cutline
