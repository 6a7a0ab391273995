// Package task turns what a directive obliges into work that can be
// followed: tasks, their history, and the cascade of plans that carries
// them down the political system.
//
// A document's obligations ([directive.Obligation]) say who must do what,
// by when. [FromDocument] makes one [Task] per obligation and body: the
// lead (chủ trì, [RoleLead]), the supporters (phối hợp, [RoleSupport]) and
// the other bodies the text names, each a recipient class expanded with a
// registry at the document's date ("UBND các quận, huyện, thị xã" → the 30
// district committees of 2023). A body the issuer may not direct is a
// partner, not an assignee; a name no registry body answers to stays as
// written; whatever cannot be determined comes back as findings with paths.
// A task's ID is a UUID version 5 of its document, obligation and body
// ([IDOf]), so two systems derive the same IDs.
//
// A [Deadline] is read from the obligation's due ([directive.Due]): a
// date ("trước ngày 10/5/2026"), a period's end ("Quý IV/2023"), a
// recurring cycle ("định kỳ hằng quý", [Deadline.Next]), a term counted
// in working days from signing ("15 ngày làm việc kể từ ngày ký"), or an
// ongoing duty ("thường xuyên"). Working days come from a [Calendar]:
// weekends, the holidays of the Labour Code with the lunar ones computed
// for 1900–2100 ([ToLunar], [FromLunar], at UTC+7 as Vietnamese calendars
// count), days off owed for a holiday on a weekend (nghỉ bù), and the
// schedules the government announces ([Announced], [NewCalendar]).
//
// What happens to a task is a list of [Event]s — assigned, accepted,
// progress, reported, completed, extended (gia hạn, with the approving
// document), reassigned, cancelled, reopened — never an overwritten
// status. [Fold] replays them into a [State] and rejects an event that
// does not fit, saying why. [ClassAt] gives a task's [Class] on any day
// (not started, in progress, due soon, overdue, completed on time or
// late, cancelled), and [Class.National] the four classes the national
// task-tracking system counts: hoàn thành đúng hạn, hoàn thành quá hạn,
// chưa hoàn thành trong hạn, chưa hoàn thành quá hạn.
//
// A [Cascade] holds the tasks of a directive and of the plans below it,
// linked parent to child ([Link]), with their events. [Cascade.Validate]
// checks it as a whole and returns every finding: cycles, plans issued by
// someone other than the parent's assignee, children due after their
// parent, orphans, parent tasks no plan covers (gaps), bodies not in force.
// [Reassign] moves the open work of bodies that ended in a reorganisation
// to their successors, as events. [Gaps] and [MissingIn] tell which of the
// "5 rõ" (rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm) a
// task leaves unclear.
//
// Tasks, events and cascades have a JSON form ([WriteJSONLines],
// [ReadJSONLines], [Cascade.MarshalJSON]). The package builds on the
// document model and the registry only, never on the text readers, so it
// works the same on a document parsed from a scan, decoded from JSON or
// built by an e-office system.
package task
