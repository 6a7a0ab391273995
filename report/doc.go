// Package report answers "how far is it": it turns units' progress
// reports ([Progress]) into task events ([Events]), rolls the tasks of any
// slice of a cascade up at a date ([Below] a directive, [Under] a body,
// [AtLevel], [InBloc], [DueWithin] a period), ranks units on a scoreboard
// ([Rank], [Board]) and writes the outputs Vietnamese offices read: an
// aligned text table, Markdown, CSV that Excel opens in Vietnamese, JSON,
// SVG charts (tasks per unit and class, progress by month, the cascade's
// documents as a tree) and one HTML page that prints on A4; and the Báo
// cáo kết quả a unit signs, as a directive.Document ([Board.Document]).
//
// A [Tally] counts tasks per class and gives the national figures of the
// task-tracking system (Báo cáo 1270/BC-TCTTTg): the late rate, tasks
// still open past their deadline and tasks completed late over the tasks
// that have come due, and the on-time rate, 100% less the late rate. It
// also gives the completion (tasks completed over tasks not cancelled)
// and the progress (the mean share done over tasks). Tallies add: the
// tally of a slice is the sum of the tallies of its parts, so rolling up
// level by level gives what the flat set gives. [Weighted] computes the
// OKR-style progress of children with declared weights, which must sum to
// exactly 1; [Tally.Worst] the worst-status-wins view. All arithmetic is
// exact (integers and github.com/shopspring/decimal, never float);
// rounding happens only when a figure is shown, half-up to two places,
// written the Vietnamese way by [Percent] ("87,50%").
package report
