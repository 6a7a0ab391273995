package report_test

import (
	"testing"

	"github.com/chidao/chidao/org"
	"github.com/chidao/chidao/report"
	"github.com/chidao/chidao/task"
)

// Each bad line is an error at its path and adds nothing; the good lines
// of the same reports are kept.
func TestProgressErrors(t *testing.T) {
	c, _ := small()
	noiVu, tuPhap := c.Tasks[1], c.Tasks[3] // Sở Nội vụ's and Sở Tư pháp's second tasks
	reports := []report.Progress{
		{Unit: noiVu.Assignee, Date: d(2023, 12, 1), Document: "1/BC-SNV", Lines: []report.Line{
			{Task: tuPhap.ID, Percent: 2000}, // not its task
			{Task: noiVu.ID, Percent: 12000}, // over 100%
			{Task: task.ID{}, Percent: 1000}, // no such task
		}},
		{Unit: tuPhap.Assignee, Date: d(2023, 9, 1), Document: "2/BC-STP", Lines: []report.Line{
			{Task: tuPhap.ID, Percent: 1000}, // before the plan
		}},
		{Unit: tuPhap.Assignee, Date: d(2023, 12, 10), Document: "3/BC-STP", Lines: []report.Line{
			{Task: tuPhap.ID, Percent: 8000, Narrative: "đã tổ chức 2 hội nghị"},
		}},
	}
	ev, errs := report.Events(c, reports)
	want := map[string]string{
		"reports[0].lines[0].task":    string(report.CodeNotHolder),
		"reports[0].lines[1].percent": "out_of_range",
		"reports[0].lines[2].task":    string(report.CodeUnknownTask),
		"reports[1].date":             string(report.CodeBeforeTask),
	}
	if len(errs) != len(want) {
		t.Fatalf("%d findings, want %d:\n%s", len(errs), len(want), errs)
	}
	for _, e := range errs {
		if want[e.Path] != string(e.Code) {
			t.Errorf("unexpected %s", e.Line())
		}
	}
	if len(ev[1]) != len(c.Events[1]) {
		t.Error("a refused line added events")
	}
	got := ev[3][len(ev[3])-2:]
	if got[0].Kind != task.EventProgress || got[0].Percent != 8000 || got[1].Kind != task.EventReported || got[1].Document != "3/BC-STP" {
		t.Errorf("the good report gave %+v", got)
	}
	if len(c.Events[3]) != 2 {
		t.Error("Events changed the cascade it was given")
	}
}

func TestLevelAndBloc(t *testing.T) {
	_, st := small()
	reg := org.HaNoi()
	district := report.Total(st, report.AtLevel(st, reg, org.LevelDistrict))
	province := report.Total(st, report.AtLevel(st, reg, org.LevelProvince))
	state := report.Total(st, report.InBloc(st, reg, org.BlocState))
	if district.Total != 2 || province.Total != 4 || state.Total != 6 {
		t.Errorf("district %d, province %d, state %d", district.Total, province.Total, state.Total)
	}
}
