<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>line %1, column %2: a quoted field is never closed (a &quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: text follows the closing quote of a quoted field; write a quote inside a field as &quot;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt does not expose its handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory reading %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite could not serialize the workshop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no migration from schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is stored as text &quot;%1&quot;, not as a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind Cutline knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decision Cutline knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workshop&apos;s settings are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workshop date &quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link has the unknown type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scoring framework &quot;%1&quot; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quadrant threshold is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quadrant threshold is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review delay of %1 days is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-off time &quot;%1&quot; is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision log has a broken entry for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the score %2 on &quot;%3&quot; is outside 0–10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not a number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the odds sample count %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the odds&apos; shared error %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value range names candidate %1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 &quot;%3&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bet belongs to no candidate (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bet&apos;s review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review belongs to no candidate (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the review&apos;s outcome &quot;%2&quot;/&quot;%3&quot; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tracker source names candidate %1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an imported value names candidate %1, which has no source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline</name>
    <message>
        <source>(continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::BetsTable</name>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::Calibration</name>
    <message>
        <source>efforts ran %1× long (median of %2): consider scaling new estimates by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>efforts ran short, at %1× the estimate (median of %2): estimates may carry padding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of %2 actuals landed inside the stated 80 % range: widen the ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 actuals landed inside the stated 80 % range: the ranges may be wider than needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bets were overconfident: %1 % confidence on average, targets hit %2 % of the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bets were underconfident: %1 % confidence on average, targets hit %2 % of the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration over %1 reviewed candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed so far: %1. Calibration needs at least %2 reviews: %3 more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::CalibrationDialog</name>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestions&lt;/b&gt; (nothing is changed for you):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::CandidateDelegate</name>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::CandidateTableModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ missing %n</source>
        <translation>
            <numerusform>⚠ missing %n</numerusform>
            <numerusform>⚠ missing %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The why is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::ChartPage</name>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bubble to select it; drag it to re-estimate (Ctrl+Z undoes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort &amp;ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each candidate&apos;s low and high effort as a whisker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::ChartPainter</name>
    <message>
        <source>bubble size: risk 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time sinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bubble size: risk 1–5; whiskers: effort low–high</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::Decision</name>
    <message>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::DecisionDialog</name>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be deferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be left undecided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record shows it to everyone who was not in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan would take it: leaving it out gives up a value of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferring %1 needs a reason: the record shows it to everyone who was not in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropping %1 needs a reason: the record shows it to everyone who was not in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing %1 departs from the plan, which leaves it out: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::DecisionMenu</name>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::DecisionRecord</name>
    <message>
        <source>Decision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact and effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a decision record is written as .pdf, .html or .md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies (part %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::Decisions</name>
    <message>
        <source>%1: say why it is deferred (a rationale is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: say why it is dropped (a rationale is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: committing it departs from the plan, which leaves it out; say why (a rationale is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the cut line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the decider in the workshop settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::EditSettingsCommand</name>
    <message>
        <source>Edit workshop settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::Field</name>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost of not doing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a number (nan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must be finite, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 is negative; it must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 is outside %4–%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: risk %2 must be a whole number from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: low effort %2 is above the likely effort %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: high effort %2 is below the likely effort %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: effort %2 is below its low estimate %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: effort %2 is above its high estimate %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; may not contain spaces at its ends, &apos;;&apos;, &apos;,&apos; or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; is longer than %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the title is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kind &quot;%2&quot; is not one of product, platform, compliance, research, stabilization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: decision &quot;%2&quot; is not one of undecided, commit, defer, drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: review date &quot;%2&quot; is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::GitHubJson</name>
    <message>
        <source>%1 is not valid JSON (at byte %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list of GitHub issues: `gh issue list --json number,title,body,labels,state` writes a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, issue %2 of the list: it has no number; left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::GraphPage</name>
    <message>
        <source>Drag from one box to another: the second requires the first (Shift: alternatives). Click a link and press Delete to remove it. Ctrl+wheel zooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the critical c&amp;hain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;implied links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide A → C where A → B → C already says it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::GraphView</name>
    <message>
        <source>Dependency graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates yet. Add some, then link what requires what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are now alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now requires %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::ImpactChart</name>
    <message>
        <source>Impact/effort chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time sinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;Effort %3 %4 · impact %5 · confidence %6 % · risk %7&lt;br&gt;Score %8: %9&lt;br&gt;%10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-estimate %1 on the chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::Importer</name>
    <message>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice (first as column %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: &quot;%4&quot; is not a Cutline column; its values were ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the header has no &quot;%3&quot; column, which every workshop needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mandatory &quot;%2&quot; is not one of yes, no, true, false, 1, 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: review date &quot;%2&quot; is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 is already used on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not the key of any candidate in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot depend on itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot exclude itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends_on forms a cycle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: a CSV workshop needs a header row and one row per candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; must be a number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a value range needs both value_low and value_high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the high value %2 is below the low value %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::InputFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB) to be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::InsertCandidateCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::Inspector</name>
    <message>
        <source>Select a candidate to see its why, estimates and links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mpact (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ri&amp;sk (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;criticality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires (cannot be done without):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excludes (alternatives, at most one is done):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excludes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This candidate cannot be done without the chosen one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This candidate and the chosen one are alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for this kind of work (%1) and still empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score and its formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (×%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note Dissent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note Dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the dissent say about %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose dissent is it? Leave empty to keep it anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(anonymous) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing else depends on it. It needs %n candidate(s) in all.</source>
        <translation>
            <numerusform>Nothing else depends on it. It needs %n candidate in all.</numerusform>
            <numerusform>Nothing else depends on it. It needs %n candidates in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlocks a value of %1: %n candidate(s) cannot happen without it. It needs %2 in all.</source>
        <translation>
            <numerusform>Unlocks a value of %1: %n candidate cannot happen without it. It needs %2 in all.</numerusform>
            <numerusform>Unlocks a value of %1: %n candidates cannot happen without it. It needs %2 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutline::JiraCsv</name>
    <message>
        <source>%1, line %2, column %3 (%4): %5 &quot;%6&quot; is not a number of zero or more; no estimate taken from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5 has the date &quot;%6&quot;, which Cutline cannot read; kept as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; (mapped to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Jira export: it has no &quot;Issue key&quot; column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::Kind</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stabilization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::KindProfile</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What problem does this solve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which users or customers feel it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric it moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion, retention, activation, revenue, engagement, or one of the workshop&apos;s goals?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes, by how much?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of not doing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens if we do not build it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which teams will build on it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will we know they adopted it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What slows those teams down today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What gets faster or safer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens if we wait?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rule, regulation or contract requires it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline and consequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when, and what happens if we miss it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it affects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is exposed if we are not compliant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What evidence shows we comply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What question must this answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long at most, and what do we know after?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who needs the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which decision waits on it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric it informs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which metric would the answer move?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents or pain removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which incidents, pages or toil does this end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who feels the pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers, on-call, support?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per month, error rate, time to recover?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What keeps breaking if we wait?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::LinearCsv</name>
    <message>
        <source>%1 has no column &quot;%2&quot; (mapped to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Linear export: it has no &quot;ID&quot; and &quot;Title&quot; columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5 &quot;%6&quot; is not a number of zero or more; no estimate taken from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3 has the due date &quot;%4&quot;, which Cutline cannot read; kept as text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::LinkCommand</name>
    <message>
        <source>Link %1 requires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 excludes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink %1 requires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink %1 excludes %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::MainWindow</name>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter candidates by key, title, kind or decision (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No candidates yet&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Start with the capacity you have, then list the work that competes for it.&lt;br&gt;Every candidate says &lt;b&gt;why&lt;/b&gt; it exists: the problem, who it helps, and the metric it should move.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Set the title, decider and capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Add the first candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or import candidates from a spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or explore the sample workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Simpler Alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Cutline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Cutline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cutline %1&lt;/h3&gt;&lt;p&gt;Trade-off and prioritization workshops: decide what makes the cut, and say why.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Cutline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing their why</source>
        <translation>
            <numerusform>%n missing its why</numerusform>
            <numerusform>%n missing their why</numerusform>
        </translation>
    </message>
    <message>
        <source>capacity %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutline workshops (*.cutline);;CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Save them before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported With Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n candidate(s) from %1.</source>
        <translation>
            <numerusform>Imported %n candidate from %1.</numerusform>
            <numerusform>Imported %n candidates from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop Already Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in Cutline (process %2 on %3). Two people editing one file would overwrite each other&apos;s work.

Open it read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Workshop As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutline workshops (*.cutline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Cutline; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard every change since %1 was last saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan and Cut Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Decision &amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view Decision Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Off Decisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Off Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions cannot be signed off yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact/Effort &amp;Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency &amp;Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Decision Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — decision record.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML for wikis (*.html);;Markdown for wikis (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the decision record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export the Decision Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the decision record to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision Record Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision log names who decided. Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions are recorded as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the &amp;Laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let participants score candidates from their phones in blind rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network is connected: the room listens on %1, so only this computer can join.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::NewWorkshopDialog</name>
    <message>
        <source>New Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2027 Q1 planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person-weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity is what the plan shares out: the cut line falls where it runs out. You can change it later in Workshop Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::Odds</name>
    <message>
        <source>The sample count %1 is outside %2–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared error %1 is outside 0–%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borderline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no effort change removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no effort change brings it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stays in unless effort &gt; %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would enter if effort ≤ %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value change removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value change brings it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stays in unless value &lt; %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would enter if value &gt; %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the low %2 %3 must be above 0 for a range (a log-normal cannot reach 0); raise it or clear the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the high %2 %3 is below the low %2 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tie: the smallest move flips it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 of the samples no plan fits at all (what is mandatory or committed outgrows the capacity); those samples count as out for every candidate, so even a mandatory one is in the optimum of fewer than all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandatory: in the plan whatever the estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed: decided, whatever the estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred: decided, whatever the estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped: decided, whatever the estimates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::OddsPanel</name>
    <message>
        <source>New Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many samples the odds draw; saved with the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw new random numbers (Ctrl+Shift+G); undo returns the old ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling the estimates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No odds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan fits the capacity in %1 of the samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate has a range: the plan fits for certain. Give effort a low and a high estimate to see the odds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling… %1 of %2 optima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sampled optimum is this plan in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit line at 85 %: plan to %1 %2 (value %3 of %4), which fits in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refine first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed %1, %2 samples; ± is the 95 % Wilson interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ likely outside the middle half; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether today&apos;s plan, from the likely estimates, takes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of samples whose exact optimum takes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::OddsSection</name>
    <message>
        <source>Sampled %1 times with seed %2: every effort, value and capacity with a low and a high estimate is log-normal with those as its 10th and 90th percentile; the rest are fixed. ± is the 95 % Wilson interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan fits the capacity of %1 %2 in %3 of the samples; the sampled optimum is this plan in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan fits in 85 % of the samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan itself fits in at least 85 % of the samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit line at 85 %: planning to %1 %2 gives a plan of value %3 (of %4) that fits in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No odds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate has a range, so the plan fits for certain; low and high estimates would show how likely it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would flip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effort has no range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refine first (most value at stake): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::OverrideDialog</name>
    <message>
        <source>Override the Room&apos;s Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the room&apos;s estimate is not taken (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::PassLaptopDialog</name>
    <message>
        <source>Pass the laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone scores alone, one after the other, on this laptop. Nobody sees a value before the reveal. Choose the candidates of this round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates of the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (%n round(s) so far)</source>
        <translation>
            <numerusform>%1  %2 (%n round so far)</numerusform>
            <numerusform>%1  %2 (%n rounds so far)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Anonymous round (no names are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next person (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return moves to the next field; &quot;—&quot; means not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal the round (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large type for the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why override the room&apos;s estimate (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept the room&apos;s estimate (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override with these values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the laptop to the first person — press Space when ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line: why (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 — %2, your blind ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 — your blind ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already voted in this round; each person votes once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Thank you. Hand the laptop to the next person — press Space when ready.

%n ballot(s) handed in.</source>
        <translation>
            <numerusform>Thank you. Hand the laptop to the next person — press Space when ready.

%n ballot handed in.</numerusform>
            <numerusform>Thank you. Hand the laptop to the next person — press Space when ready.

%n ballots handed in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space for the next person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::PlanModel</name>
    <message>
        <source>in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In, or why not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::PlanView</name>
    <message>
        <source>Capacity used by the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt Plan as Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit what is above the cut line and defer what is below it, with its reason; one step to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for the best plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan fits the decisions taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3 used, %4 free — total value %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The best plan: %n candidate(s) above the cut line, chosen exactly (%1 ms).</source>
        <translation>
            <numerusform>The best plan: %n candidate above the cut line, chosen exactly (%1 ms).</numerusform>
            <numerusform>The best plan: %n candidates above the cut line, chosen exactly (%1 ms).</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected candidate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::Planner</name>
    <message>
        <source>%1 must be in the plan but needs %2, which was %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 must both be in the plan, but they are alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory and committed work alone needs %1 %2, %3 more than the capacity of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions taken leave no feasible plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no feasible plan can include it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>including it would lower the total value by less than 0.01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>including it would lower the total value by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>including it would leave the total value unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan of equal value includes it instead of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan of equal value includes it instead of %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan of equal value includes it instead of %1 and %2 others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1, which was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1, which was not chosen; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excludes %1, which was chosen (value %2 against %3); %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds no value: its impact, reach or confidence is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would exceed capacity by %1 %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits, but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped by decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred by decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mandatory but was %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1 %2 alone, more than the whole capacity of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>including it would lower the total value by at least %1, if any plan can include it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>including it would lower the total value by at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>including it would lower the total value by %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::ProjectorChartPage</name>
    <message>
        <source>Impact and effort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::ProjectorFocusPage</name>
    <message>
        <source>Candidate in focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the plan, above the cut line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the cut line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effort %1 %2 · impact %3 of 10 · confidence %4 % · value %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate in focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::ProjectorGraphPage</name>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies · bold boxes are in the plan, dashed ones are out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::ProjectorPlanPage</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan fits the decisions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3 used · %4 in the plan · total value %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used so far, or why it is out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut line: capacity runs out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::ProjectorView</name>
    <message>
        <source>Cutline — Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Plan · 2 Chart · 3 Graph · 4 Candidate in focus · ← → switch · ↑ ↓ focus · Esc leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · PgDn page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · PgDn part %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::RecordAddendum</name>
    <message>
        <source>%1 % confident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated %1
actual %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum: reviews after shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bet taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1×, middle half %2–%3×, n = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ranges stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (n = %2); %3 % confident, %4 % hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bet on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added after the sign-off of %1; the signed record above is unchanged. Last review: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum: calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort compares fully shipped candidates: actual divided by estimated. The Brier score compares each bet&apos;s confidence with its verdict (hit 1, partly ½, missed 0): 0 is perfect, 0.25 is a coin flip. These are suggestions; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual ÷ estimated effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the 80 % range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimates and bets held up: no suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::RecordContent</name>
    <message>
        <source>No capacity set; the committed work needs %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity %1 %2; the committed work uses %3 %2 (%4 %), leaving %5 %2 of headroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity %1 %2; the committed work uses %3 %2 (%4 %), %5 %2 more than the capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed off by the decider yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1 on %2; decisions changed after the sign-off (see the decision log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 committed, %2 deferred, %3 dropped, %4 undecided, of %5 candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every candidate states its why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candidates are missing part of their why: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The plan takes %n candidate(s) for %1 %2 and a total value of %3.</source>
        <translation>
            <numerusform>The plan takes %n candidate for %1 %2 and a total value of %3.</numerusform>
            <numerusform>The plan takes %n candidates for %1 %2 and a total value of %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan is feasible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is committed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred and dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is deferred or dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no rationale given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every decision agrees with the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dissent was noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks and open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committed candidate has a risk of 4 or more or a confidence of 50 % or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed work with a risk of 4–5 or a confidence of 50 % or less:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still undecided (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring: %1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is the exact optimum: the set of candidates with the highest total value (reach × impact × confidence) whose effort fits the capacity, with every prerequisite, at most one of each pair of alternatives, and all mandatory work. Committed candidates are in it and deferred or dropped ones are out. A decision departs from the plan when, every other decision kept, the opposite decision would give a plan of higher value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision was changed in Cutline yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capacity set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan fits the decisions taken, so no decision can be measured against one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the estimates alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even without decisions no plan fits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Without any decision, the best plan from the estimates alone would take %n candidate(s) for a total value of %1.</source>
        <translation>
            <numerusform>Without any decision, the best plan from the estimates alone would take %n candidate for a total value of %1.</numerusform>
            <numerusform>Without any decision, the best plan from the estimates alone would take %n candidates for a total value of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan under the decisions taken has a total value of %1 (%2 less).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the decisions taken no plan fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every decision taken agrees with what the estimates alone would choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::RecoveryStore</name>
    <message>
        <source>The recovery copy cannot be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::Reimport</name>
    <message>
        <source>%1 Cutline&apos;s value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 was edited in Cutline and changed in the tracker; Cutline&apos;s %3 is kept (the tracker has %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key is taken by a candidate typed in Cutline; the new one is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires %2 in the tracker, but Cutline refuses the link: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the export, or is done; it stays in the workshop with its decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1 %2 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ %1 status: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! %1 %2: edited in Cutline to %3, changed in the tracker from %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ %1 %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ link: %1 requires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 %2 (gone from the export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-import: %n new</source>
        <translation>
            <numerusform>Re-import: %n new</numerusform>
            <numerusform>Re-import: %n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n changed</source>
        <translation>
            <numerusform>, %n changed</numerusform>
            <numerusform>, %n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n conflict(s))</source>
        <translation>
            <numerusform> (%n conflict)</numerusform>
            <numerusform> (%n conflicts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n unchanged</numerusform>
            <numerusform>, %n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n gone</source>
        <translation>
            <numerusform>, %n gone</numerusform>
            <numerusform>, %n gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new link(s).</source>
        <translation>
            <numerusform>, %n new link.</numerusform>
            <numerusform>, %n new links.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutline::RemoveCandidateCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::RevealView</name>
    <message>
        <source>median %1 · IQR %2–%3 · %4–%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (×%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Round %1 is blind: %n ballot(s) in. Values show at the reveal.</source>
        <translation>
            <numerusform>Round %1 is blind: %n ballot in. Values show at the reveal.</numerusform>
            <numerusform>Round %1 is blind: %n ballots in. Values show at the reveal.</numerusform>
        </translation>
    </message>
    <message>
        <source>COULD CHANGE THE PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◆ diverges</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n ballot</numerusform>
            <numerusform>%n ballots</numerusform>
        </translation>
    </message>
    <message>
        <source>accepting moves the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room&apos;s estimate: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::Review</name>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the confidence %2 % is outside 0–100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the bet needs a review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the actual effort must be a number, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the actual effort %2 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the review needs the date it was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::ReviewCalendar</name>
    <message>
        <source>Review of %1 %2 from the workshop &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence at sign-off: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success metric: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated effort: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committed candidate is waiting for a review on a date, so the calendar would be empty. Commit candidates and give them review dates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::ReviewDialog</name>
    <message>
        <source>Review Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bet at sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric&apos;s value now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you do differently next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;shipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual &amp;effort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric&apos;s actual &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review: the decisions are not signed off yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review: no candidate is committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — estimated %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 (estimated %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the actual effort &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::ReviewLoop</name>
    <message>
        <source>&amp;Review Candidates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calibration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Review &amp;Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide until the file is opened again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their review dates have come: record what shipped and whether the metric moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Review Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — reviews.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export the Review Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the review dates to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::ReviewSchedule</name>
    <message>
        <source>There is no such candidate to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reviewed yet: the decisions are not signed off. A review looks back at a signed decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reviewed: it is not committed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for review: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::Room</name>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason must be one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is %1 characters long; keep it to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballot has no participant name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1…&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a criterion of this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 is outside 0–10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an input a ballot can set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no candidate %1 in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in round %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has been revealed; its ballots are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: round %2 does not ask for &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the ballot has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest and the lowest ballot explain first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (highest and lowest) explains first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (highest) and %2 (lowest) explain first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (geometric mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::RoomController</name>
    <message>
        <source>The room is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the room first (Room → Open Room…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the current round before opening another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no round to vote on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the current round before voting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every candidate of this round has had %1 rounds; accept or override their estimates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop refused the room&apos;s edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the round before accepting its estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the round before overriding its estimate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::RoomEditor</name>
    <message>
        <source>There is no round %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round needs at least one candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is still open; reveal it before opening another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no candidate %1 in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has had %2 rounds already; settle it by discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is already revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has no ballots yet; there is nothing to reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the room&apos;s estimate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: overriding the room&apos;s estimate needs a reason: say why the estimate differs from the ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an override needs the values to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the room&apos;s estimate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in round %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is not revealed yet; reveal it before deciding %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an outcome in round %2; open a new round to vote again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has no ballots on %2; there is nothing to accept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::RoomPanel</name>
    <message>
        <source>Cutline — Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network the phones are on. The room listens on this address only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones can&apos;t connect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep: everyone scores every candidate at their own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: one candidate at a time, with a timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous (ballots carry no names; choose before the first ballot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal when everyone has voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R: show everyone&apos;s values, lock the ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vote Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return: a new blind round on the same candidates (at most %1 per candidate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer (live):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values stay hidden until the reveal — on this screen too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Room&apos;s Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A: the median (geometric mean for effort and reach) becomes the selected candidate&apos;s estimate; one undo step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verride…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set other values, with the reason the record will show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Same network.&lt;/b&gt; Phones must be on the network shown under the QR code. Mobile data does not reach this laptop.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Guest Wi-Fi.&lt;/b&gt; Guest and conference networks often isolate devices from each other (client isolation): phones then cannot reach the laptop at all. Use the office network, or a hotspot from the laptop or a phone.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Firewall.&lt;/b&gt; The laptop&apos;s firewall must let the room&apos;s port in (shown after the colon in the address).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wrong network picked.&lt;/b&gt; Choose another network above: the address changes, phones scan again.&lt;/p&gt;&lt;p&gt;&lt;b&gt;No camera?&lt;/b&gt; Type the address exactly as shown, with the long code, then the PIN.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones Can&apos;t Connect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this computer can join: no network is connected. Connect to the room&apos;s Wi-Fi, then choose it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No undecided candidate can have another round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No round yet. Choose the mode, then Open Round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revealed, ballots locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has joined yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could change the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>views differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3–%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 — %n ballot(s)</source>
        <translation>
            <numerusform>%1 %2 — 1 ballot</numerusform>
            <numerusform>%1 %2 — %n ballots</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepting moves the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::RoomTables</name>
    <message>
        <source>Room round %1: %2 is %3, not a finite number; it cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room round %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round numbers start at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a round mode (live or sweep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the round does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate %1 is not in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is off its scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value belongs to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate %1 is not in the round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ballots are out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outcomes are out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an override has no reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::RoundCommand</name>
    <message>
        <source>Open round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots in round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of round %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::RoundsRecord</name>
    <message>
        <source> (geometric mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not revealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: median %2, IQR %3–%4, %5–%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could change the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overridden to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an override in round %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discussion, then accepting the room&apos;s estimate in round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a re-vote: round %1 agreed and its estimate was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepting the room&apos;s estimate in round %1 despite the spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: diverged in round %2 (%3), resolved by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: diverged in round %2 (%3), not resolved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates made in blind rounds: everyone judged alone, nobody saw a value before the reveal. Per input: the median, the interquartile range (linear interpolation) and min–max. An input diverged when its interquartile range was at least a quarter of its scale or, for effort and reach, when its largest value was 3 times its smallest. The room&apos;s estimate is the median of scores and the geometric mean of effort and reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1, nobody scored: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::Scoring</name>
    <message>
        <source>Value / effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSJF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value (reach × impact × confidence) divided by effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach × impact × confidence ÷ effort, with reach estimated for every candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact × confidence (0–10) × ease, where ease runs from 10 for no effort to 1 for the largest effort in the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost of delay (impact + time criticality + risk reduction, the risk 1–5 counted twice) divided by job size (effort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weighted average of the candidate&apos;s 0–10 scores on the workshop&apos;s criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reach %1 × impact %2 × confidence %3 % + unlocked %4) ÷ effort %5 = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach %1 × impact %2 × confidence %3 % ÷ effort %4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact %1 × confidence %2 × ease %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(impact %1 + time criticality %2 + risk reduction %3) ÷ effort %4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no criteria defined yet (Workshop settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) ÷ total weight %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; must be a number of 0 or more, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one criterion needs a weight above 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::SetFieldCommand</name>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::SettingsDialog</name>
    <message>
        <source>Workshop Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Invoicing — 2027 Q1 planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must this quarter achieve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2027 Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one person who makes the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score = %1. The plan always maximises value (reach × impact × confidence) within capacity; the score ranks and explains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart split at &amp;effort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart split at &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review committed work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the end of the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count what a candidate unloc&amp;ks in its value (value / effort and RICE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blocker then scores with the value of everything that cannot happen without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criter&amp;ia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>independent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity &amp;range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team may really have, as an 80 % band: the low and high ends are the 10th and 90th percentiles. Leave both at &quot;no range&quot; for a fixed capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates err &amp;together:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: each effort estimate errs on its own. Up to 0.9: they err together, as when the whole team is optimistic (the correlation of the log-efforts). Each candidate keeps its own range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both ends of the capacity range, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::SignOffDialog</name>
    <message>
        <source>Sign Off Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off the decisions as %1? The record will show the name and the time, and any later change of decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Bets.&lt;/b&gt; For each committed candidate: the metric it should move, its baseline and target, when to review it, and how confident you are (0–100 %) that it will hit the target. The reviews later compare this with what happened; you can change a bet later from Review → Review Candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::TrackerActions</name>
    <message>
        <source>Tracker exports (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;Tracker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new workshop from a Jira or Linear CSV, GitHub issues or a Trello board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-import from Trac&amp;ker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a newer export of the same tracker into this workshop: new, changed and gone work, and conflicts, shown first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for Trac&amp;ker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the decisions as a CSV the tracker&apos;s bulk update reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tracker&apos;s export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-import from Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-import from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-imported With Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidates came from several trackers; export for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n decision(s) to %1.</source>
        <translation>
            <numerusform>Exported %n decision to %1.</numerusform>
            <numerusform>Exported %n decisions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutline::TrackerCsv</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::TrackerExport</name>
    <message>
        <source>in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::TrackerFormat</name>
    <message>
        <source>Jira CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub issues (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trello board (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutline CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::TrackerImportDialog</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time estimate (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-import from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Cutline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours (from seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days (from seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effort in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What comes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;done work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses (unticked ones are left out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds (first match of a type or label wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed (%1); tick a conflict to take the tracker&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New links (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone from the export, kept (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since the last import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team can do in the period, in the unit of effort. It starts at half of the imported effort; the plan needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done work: tick &quot;Include done work&quot; to bring it in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::TrackerImporter</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an estimate, so starting with an effort of 1 (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Blocks links form a cycle: %2. Cutline cannot plan work that waits for itself; break the cycle in the tracker and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: an issue without a key (&quot;%3&quot;) is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the key %3 appears again (first on line %4); this one is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3 Left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is blocked by %3, which is not in the export; that link is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 blocks %3, which is not in the export; that link is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a Cutline CSV is not read as a tracker&apos;s export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is JSON, but neither a list of GitHub issues (an array) nor a Trello board (an object with &quot;cards&quot;); say which with --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by status</source>
        <translation>
            <numerusform>%n by status</numerusform>
            <numerusform>%n by status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a usable key</source>
        <translation>
            <numerusform>%n without a usable key</numerusform>
            <numerusform>%n without a usable key</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n issue(s): </source>
        <translation>
            <numerusform>Read %n issue: </numerusform>
            <numerusform>Read %n issues: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n</source>
        <translation>
            <numerusform>imported %n</numerusform>
            <numerusform>imported %n</numerusform>
        </translation>
    </message>
    <message>
        <source>; left out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>. Links: %n imported</source>
        <translation>
            <numerusform>. Links: %n imported</numerusform>
            <numerusform>. Links: %n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to left-out work dropped</source>
        <translation>
            <numerusform>, %n to left-out work dropped</numerusform>
            <numerusform>, %n to left-out work dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n outside the export</source>
        <translation>
            <numerusform>, %n outside the export</numerusform>
            <numerusform>, %n outside the export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of other types (relates, duplicates…) not imported</source>
        <translation>
            <numerusform>, %n of other types (relates, duplicates…) not imported</numerusform>
            <numerusform>, %n of other types (relates, duplicates…) not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n without an estimate.</source>
        <translation>
            <numerusform> %n without an estimate.</numerusform>
            <numerusform> %n without an estimate.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tracker carries impact: every candidate starts at impact 0, so the plan has no value until impact is estimated (in the table, or by the room).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::TrelloJson</name>
    <message>
        <source>%1 is not valid JSON (at byte %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Trello board: a board&apos;s JSON export is an object with &quot;cards&quot; and &quot;lists&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, card %2 (%3): the due date &quot;%4&quot; cannot be read; kept as text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::Validation</name>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key is used by more than one candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: internal id %2 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1-link points to candidate #%2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a candidate cannot %2 itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires-links form a cycle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity is not a number (nan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity must be finite, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity %1 is negative; it must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link names a candidate that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot require itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot exclude itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already requires %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already excludes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot require %2: that would close the cycle %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::WorkshopCheck</name>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3) has no %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mandatory but was %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is committed but requires %2, which was %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are alternatives, but both are committed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::WorkshopCsv</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::WorkshopDocument</name>
    <message>
        <source>Untitled workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only; use Save As to keep a copy you can edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key %2 is already used by &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 compliance work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simpler: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an alternative to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n candidate(s)</source>
        <translation>
            <numerusform>Delete %n candidate</numerusform>
            <numerusform>Delete %n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>Adopt the plan as decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions cannot be signed off yet:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the score %2 on &quot;%3&quot; is outside 0–10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note dissent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off the decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bet on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such candidate to bet on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a bet is taken on committed candidates only; this one is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the bet on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the review of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::WorkshopFile</name>
    <message>
        <source>%1 could not be upgraded from schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds values Cutline cannot use:
  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop was not saved because it holds invalid values:
  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2. The previous version is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Cutline workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (corrupted or truncated) and cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); it is not a Cutline workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is only %1 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Cutline workshop: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Cutline workshop (its application id is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Cutline (schema %2); this version reads up to %3. Update Cutline to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema version %1 is not one Cutline ever wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its page size %1 is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1 bytes long but should be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its size %1 is not a whole number of pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not in the rollback-journal format Cutline writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 defines its %2 &quot;%3&quot; differently from Cutline; it was not opened because it may be hostile or from another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2 &quot;%3&quot; that Cutline does not create; it was not opened because it may be hostile or from another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row in table &quot;%1&quot; points to a missing row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::cli</name>
    <message numerus="yes">
        <source>%n warning(s); the workshop is valid.</source>
        <translation>
            <numerusform>%n warning; the workshop is valid.</numerusform>
            <numerusform>%n warnings; the workshop is valid.</numerusform>
        </translation>
    </message>
    <message>
        <source>--capacity &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cutline-cli COMMAND [options] FILE

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;cutline-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success, 1 invalid input, 2 usage error, 3 infeasible plan.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cutline-cli: unknown command &quot;%1&quot;.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::cli::CheckCommand</name>
    <message>
        <source>Check a workshop: bad values, unknown keys and cycles (exit code 1), and candidates missing their why or contradicting their links (reported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop: a .cutline or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one workshop file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 candidates, %3 links, capacity %4 %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan is possible. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::cli::ExportCommand</name>
    <message>
        <source>The workshop: a .cutline or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one workshop file to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write with -o OUT.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 candidates to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s paper: a4 or letter (default: the locale&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page size must be a4 or letter, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the dependency graph (%1 candidates) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the decision record (%1 committed of %2 candidates) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a workshop: .csv, the decision record as .pdf, .html or .md, the dependency graph as .svg, or the review dates as an .ics calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .csv (the candidates), .pdf, .html or .md (the decision record; .md writes its pictures beside it), .svg (the dependency graph) or .ics (the review dates, as a calendar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a .csv output: write the decisions for a tracker&apos;s bulk update (jira, linear, github or trello) instead of the Cutline CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format from &quot;%1&quot;; the output must end in .csv, .pdf, .html, .md, .svg or .ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the review dates to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for must be jira, linear, github or trello, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for writes a CSV: the output must end in .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no candidates imported from %2; nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) not imported from %1 are left out.</source>
        <translation>
            <numerusform>%n candidate not imported from %1 are left out.</numerusform>
            <numerusform>%n candidates not imported from %1 are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n decision(s) for %1 to %2.</source>
        <translation>
            <numerusform>Exported %n decision for %1 to %2.</numerusform>
            <numerusform>Exported %n decisions for %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutline::cli::ImportCommand</name>
    <message>
        <source>The .cutline file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop&apos;s title (default: the CSV file&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity, e.g. 40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write the workshop with -o OUT.cutline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 candidates and %2 links into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no capacity given: the workshop&apos;s capacity is 0 until you set it (--capacity N, or Workshop Settings in Cutline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import candidates from a CSV file or a tracker&apos;s export (Jira, Linear, GitHub, Trello) into a .cutline workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import: a Cutline CSV, a Jira or Linear CSV export, GitHub issues or a Trello board as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file is: auto (default: recognised by its content), cutline, jira, linear, github or trello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How estimates become effort: auto (default: story points if the export has them, else days), points, hours or days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import done work too (left out by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-import into the existing OUT.cutline: match by the tracker&apos;s key, add what is new, take the tracker&apos;s changes, keep the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --update: where a field was edited in Cutline and changed in the tracker, take the tracker&apos;s value (default: keep Cutline&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the import or re-import would do; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be auto, cutline, jira, linear, github or trello, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--units must be auto, points, hours or days, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prefer-tracker applies to a re-import: add --update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Cutline CSV: --update re-imports a tracker&apos;s export, matched by the tracker&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::cli::OddsCommand</name>
    <message>
        <source>How likely the plan fits, how often each candidate is in the optimum of sampled estimates, and what would flip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop: a .cutline or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity, fixed (default: the workshop&apos;s and its range; required for CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many samples (%1–%2; default: the workshop&apos;s, 2000 for CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed, 0–18446744073709551615 (default: the workshop&apos;s, 1 for CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a CSV file, which has no capacity; give --capacity N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no plan is possible. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--samples &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed &quot;%1&quot; must be a whole number from 0 to 18446744073709551615.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate has a range: every number is fixed, so the odds are certain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The plan fits the capacity of %1 %2 in %3 of %n sample(s) (seed %4; ± is the 95 % Wilson interval).</source>
        <translation>
            <numerusform>The plan fits the capacity of %1 %2 in %3 of 1 sample (seed %4; ± is the 95 % Wilson interval).</numerusform>
            <numerusform>The plan fits the capacity of %1 %2 in %3 of %n samples (seed %4; ± is the 95 % Wilson interval).</numerusform>
        </translation>
    </message>
    <message>
        <source>The sampled optimum is the plan in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit line at %1 %: plan to %2 %3 (value %4), which fits in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan fits in %1 % of the samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effort has no range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely effort outside the middle half of its range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refine first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::cli::PlanCommand</name>
    <message>
        <source>Choose the plan with the most value that fits the capacity (exact), and say why each candidate left out is out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop: a .cutline or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity (default: the workshop&apos;s; required for CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one workshop file to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a CSV file, which has no capacity; give --capacity N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no plan is possible. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity %1 %2: the plan uses %3, leaving %4; total value %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the cut line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved exactly in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::room::RoomServer</name>
    <message>
        <source>The room cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator closed the room. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room has too many connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong room link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This room link is wrong or from an older room. Scan the QR code on the projector again, or type the address shown under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only accepts the room&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link shown on the projector (it ends with a long code).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cutline::room::RoomSession</name>
    <message>
        <source>Too many wrong PINs from this device. Wait a minute, then type the PIN shown on the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. Type the four digits shown on the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name (one line, at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone in the room already uses the name &quot;%1&quot;. Add an initial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is full (%1 participants).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone is not known in this room (a new room was opened?). Join again with the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round needs at least one candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate %1 is not in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has had %2 rounds already; accept or override its estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the current round before opening another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No round is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has been revealed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the room before voting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No round is open. Wait for the facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots are locked: round %1 was revealed. Wait for the next round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That candidate is not being scored in this round.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutline closed unexpectedly. Unsaved work on &quot;%1&quot; from %2 was kept.

Restore it? Your file is not changed until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade-off and prioritization workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled sample workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .cutline or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in presentation mode: the plan, full screen, for a room (Esc leaves it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cutline: --room needs a workshop with candidates (a file or --sample).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cutline: the room could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cutline: no network is connected; the room listens on 127.0.0.1, so only this computer can join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the room on start: phones join and score the undecided candidates in a blind sweep round, revealed when everyone has voted. Prints &quot;Join: URL&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
