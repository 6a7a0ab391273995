// Package report answers "how far is it": it turns units' progress
// reports into task events, rolls the tasks of any slice of a cascade up
// at a date (a directive and everything below it, a body and those under
// it, a period), ranks units on a scoreboard and writes the outputs
// Vietnamese offices read.
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
