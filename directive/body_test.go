package directive_test

import (
	"testing"

	"github.com/chidao/chidao/directive"
	"pgregory.net/rapid"
)

func genBody(t *rapid.T, depth int, label string) []directive.Node {
	n := rapid.IntRange(0, 3).Draw(t, label+"_n")
	out := make([]directive.Node, n)
	for i := range out {
		out[i] = directive.Node{
			Kind:   directive.NodeKind(rapid.IntRange(0, 7).Draw(t, label+"_kind")),
			Marker: rapid.SampledFrom([]string{"", "1", "a", "II", "-"}).Draw(t, label+"_marker"),
			Text:   rapid.SampledFrom([]string{"", "Sở Nội vụ chủ trì.", "Báo cáo kết quả."}).Draw(t, label+"_text"),
		}
		if depth > 0 {
			out[i].Children = genBody(t, depth-1, label+"c")
		}
	}
	return out
}

// Every node is found again at the path NodePath writes for it; paths
// that lead nowhere are refused.
func TestNodePathRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		body := genBody(t, 3, "b")
		var walk func(nodes []directive.Node, idx []int)
		walk = func(nodes []directive.Node, idx []int) {
			for i := range nodes {
				p := directive.NodePath(append(idx, i)...)
				got, ok := directive.NodeAt(body, p)
				if !ok || got != &nodes[i] {
					t.Fatalf("NodeAt(%q) = %p, %v; want %p", p, got, ok, &nodes[i])
				}
				walk(nodes[i].Children, append(idx, i))
			}
		}
		walk(body, nil)
		for _, bad := range []string{"", "body", "body[]", "body[-1]", "body[01]", "body[+1]", "body[99]", "body[0]children[0]", "sections[0]", "body[0].children[99]"} {
			if n, ok := directive.NodeAt(body, bad); ok && bad != "body[0]" {
				t.Fatalf("NodeAt(%q) = %v, true", bad, n)
			}
		}
	})
}

func TestFlatten(t *testing.T) {
	body := []directive.Node{
		{Kind: directive.NodeParagraph, Text: "Căn cứ Luật Tổ chức chính quyền địa phương;"},
		{Kind: directive.NodeArticle, Marker: "1", Heading: "Ban hành kèm theo Quyết định này Kế hoạch …"},
		{Kind: directive.NodeNumbered, Marker: "I", Heading: "MỤC ĐÍCH, YÊU CẦU", Children: []directive.Node{
			{Kind: directive.NodeNumbered, Marker: "1", Heading: "Sở Nội vụ", Children: []directive.Node{
				{Kind: directive.NodeBullet, Marker: "-", Text: "Chủ trì tham mưu."},
				{Kind: directive.NodeParagraph, Text: "Báo cáo trước ngày 15 hằng tháng."},
				{Kind: directive.NodeTable, Table: &directive.Table{Header: []string{"TT", "Nội dung"}}},
			}},
		}},
	}
	got := directive.Flatten(body)
	want := []struct {
		number, heading string
		items           int
	}{{"Điều 1", "Ban hành kèm theo Quyết định này Kế hoạch …", 0}, {"I", "MỤC ĐÍCH, YÊU CẦU", 0}, {"1", "Sở Nội vụ", 1}}
	if len(got) != len(want) {
		t.Fatalf("Flatten gave %d sections: %+v", len(got), got)
	}
	for i, w := range want {
		if got[i].Number != w.number || got[i].Heading != w.heading || len(got[i].Items) != w.items {
			t.Errorf("section %d = %+v, want %+v", i, got[i], w)
		}
	}
	if got[2].Items[0] != "Chủ trì tham mưu.\nBáo cáo trước ngày 15 hằng tháng." {
		t.Errorf("items of 1: %q", got[2].Items)
	}
}

func TestObligationEnumsHaveWireCodes(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{directive.ModalityProhibition.String(), "prohibition"}, {directive.DuePeriodEnd.String(), "period_end"},
		{directive.CycleHalfYearly.String(), "half_yearly"}, {directive.UnitWorkingDays.String(), "working_days"},
		{directive.NodeArticle.String(), "article"}, {directive.NodeKind(99).String(), "directive.NodeKind(99)"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
