// Tests the inspector and the settings dialog from the keyboard: Tab reaches the why right
// after the title, the focused field scrolls into view, and every mnemonic moves the focus.
#include "core/model/kindprofile.h"
#include "core/sample/sampleworkshop.h"
#include "ui/document/workshopdocument.h"
#include "ui/inspector/inspector.h"
#include "ui/settings/settingsdialog.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QtTest>
#include <QWheelEvent>

using namespace cutline;

class TestInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tabReachesTheWhyAfterTheTitle();
    void focusedFieldScrollsIntoView();
    void wheelOverAnUnfocusedFieldScrollsThePage();
    void settingsLabelsAllHaveBuddies();
    void settingsMnemonicsMoveTheFocus();
    void settingsSetTheCapacityRange();
};

namespace {

bool hasFocus(QWidget *widget)
{
    QWidget *focus = QApplication::focusWidget();
    return focus && (focus == widget || widget->isAncestorOf(focus));
}

// The letter after the single "&" of a label's text.
QChar mnemonic(const QString &text)
{
    const qsizetype at = text.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toUpper() : QChar();
}

void checkMnemonics(QDialog *dialog, QWidget *page, int atLeast = 5)
{
    QSet<QChar> seen;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        const QChar letter = mnemonic(label->text());
        if (letter.isNull())
            continue;
        QVERIFY2(!seen.contains(letter), qPrintable(label->text()));
        seen.insert(letter);
        if (!label->buddy()->isEnabled()) // e.g. criteria, for frameworks without them
            continue;
        QTest::keyClick(dialog, Qt::Key(letter.unicode()), Qt::AltModifier);
        QVERIFY2(hasFocus(label->buddy()), qPrintable(label->text()));
    }
    QVERIFY(seen.size() >= atLeast);
}

} // namespace

void TestInspector::tabReachesTheWhyAfterTheTitle()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    const auto product =
        std::find_if(doc.workshop().candidates.cbegin(), doc.workshop().candidates.cend(),
                     [](const Candidate &c) { return c.kind == Kind::Product; });
    QVERIFY(product != doc.workshop().candidates.cend());
    const Candidate &c = *product;
    Inspector inspector(&doc);
    inspector.showCandidate(c.id);
    inspector.resize(500, 700);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowActive(&inspector));
    inspector.editorFor(Field::Title)->setFocus();
    QVERIFY(hasFocus(inspector.editorFor(Field::Title)));
    const QList<WhyPrompt> prompts = whyPrompts(c.kind);
    QVERIFY(prompts.size() >= 5);
    for (const WhyPrompt &p : prompts) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(hasFocus(inspector.editorFor(p.field)), qPrintable(p.label));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(hasFocus(inspector.editorFor(Field::Key)));
    // Changing the kind rebuilds the why; the order holds.
    const Kind other = Kind::Platform;
    QVERIFY(doc.editField(c.id, Field::Kind, kindId(other)));
    QCoreApplication::processEvents(); // a layout shows the new editors queued
    inspector.editorFor(Field::Title)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(hasFocus(inspector.editorFor(whyPrompts(other).first().field)));
}

void TestInspector::focusedFieldScrollsIntoView()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    Inspector inspector(&doc);
    inspector.showCandidate(doc.workshop().candidates.first().id);
    inspector.resize(420, 260);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowActive(&inspector));
    auto *scroll = inspector.findChild<QScrollArea *>();
    QVERIFY(scroll);
    const auto visible = [scroll](QWidget *w) {
        const int top = w->mapTo(scroll->viewport(), QPoint(0, 0)).y();
        return top >= 0 && top + w->height() <= scroll->viewport()->height();
    };
    QComboBox *linkTarget = nullptr;
    for (auto *combo : inspector.findChildren<QComboBox *>())
        if (combo->accessibleName() == QStringLiteral("Candidate to link"))
            linkTarget = combo;
    QVERIFY(linkTarget);
    QVERIFY(!visible(linkTarget));
    linkTarget->setFocus();
    QVERIFY(visible(linkTarget));
    QWidget *title = inspector.editorFor(Field::Title);
    QVERIFY(!visible(title));
    title->setFocus(); // as New Candidate does
    QVERIFY(visible(title));
    // And from the keyboard: Tab from the title lands on a visible why field.
    QTest::keyClick(title, Qt::Key_Tab);
    QVERIFY(visible(QApplication::focusWidget()));
}

// Reported: scrolling the inspector with the wheel changed an effort under the pointer.
void TestInspector::wheelOverAnUnfocusedFieldScrollsThePage()
{
    WorkshopDocument doc;
    doc.reset(sampleWorkshop(), {});
    const Candidate c = doc.workshop().candidates.at(1);
    Inspector inspector(&doc);
    inspector.showCandidate(c.id);
    inspector.resize(420, 300);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowActive(&inspector));
    auto *effort = qobject_cast<QAbstractSpinBox *>(inspector.editorFor(Field::Effort));
    QVERIFY(effort);
    auto *scroll = inspector.findChild<QScrollArea *>();
    scroll->ensureWidgetVisible(effort);
    const int scrolled = scroll->verticalScrollBar()->value();
    QVERIFY(!effort->hasFocus());
    const QPoint centre = effort->rect().center();
    QWheelEvent down(centre, effort->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton,
                     Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(effort, &down);
    QCOMPARE(doc.workshop().candidate(c.id)->effort, c.effort);
    QVERIFY(scroll->verticalScrollBar()->value() > scrolled); // the page scrolled instead
}

void TestInspector::settingsLabelsAllHaveBuddies()
{
    SettingsDialog dialog(sampleWorkshop());
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (!mnemonic(label->text()).isNull())
            QVERIFY2(label->buddy(), qPrintable(label->text()));
}

void TestInspector::settingsMnemonicsMoveTheFocus()
{
    SettingsDialog dialog(sampleWorkshop());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    checkMnemonics(&dialog, tabs->widget(0));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    checkMnemonics(&dialog, tabs->widget(1));
    QTest::keyClick(&dialog, Qt::Key_U, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), 2);
    checkMnemonics(&dialog, tabs->widget(2), 2);
    QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), 0);
}

// The uncertainty page sets the capacity's range and the shared error; half a range, or one
// the odds cannot sample, is refused with a message and the dialog stays open.
void TestInspector::settingsSetTheCapacityRange()
{
    SettingsDialog dialog(sampleWorkshop());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>();
    tabs->setCurrentIndex(2);
    const QList<QDoubleSpinBox *> boxes = tabs->widget(2)->findChildren<QDoubleSpinBox *>();
    QCOMPARE(boxes.size(), 3);
    QDoubleSpinBox *low = boxes[0], *high = boxes[1], *shared = boxes[2];
    QCOMPARE(low->text(), QStringLiteral("no range"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    const auto refusal = [&] {
        for (QLabel *label : dialog.findChildren<QLabel *>())
            if (label->isVisible() && label->styleSheet().contains(QLatin1String("#b00020")))
                return label->text();
        return QString();
    };
    low->setValue(38);
    ok->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(refusal(), QStringLiteral("Give both ends of the capacity range, or neither."));
    high->setValue(30);
    ok->click();
    QVERIFY(dialog.isVisible());
    QVERIFY2(refusal().contains(QLatin1String("below the low")), qPrintable(refusal()));
    high->setValue(50);
    shared->setValue(0.3);
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Workshop w = dialog.settings();
    QCOMPARE(w.odds.capacityLow, std::optional<double>(38));
    QCOMPARE(w.odds.capacityHigh, std::optional<double>(50));
    QCOMPARE(w.odds.sharedError, 0.3);
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
