package directive

import (
	"strconv"
	"strings"
)

// NodeKind says what a part of the body is. String gives the wire code.
type NodeKind uint8

// Kinds of body node, as Decree 30/2020 (Phụ lục I §II.8) and Hướng dẫn
// 36-HD/VPTW lay a body out.
const (
	NodeParagraph NodeKind = iota // [paragraph] plain text
	NodePart                      // [part] "Phần I"
	NodeChapter                   // [chapter] "Chương II"
	NodeSection                   // [section] "Mục 1"
	NodeArticle                   // [article] "Điều 3."
	NodeNumbered                  // [numbered] "I.", "1.", "1.1.", "a)", "đ)"
	NodeBullet                    // [bullet] "-", "+", "•", "*"
	NodeTable                     // [table] a table: a Kế hoạch's tasks, an appendix
	// NodeAnnex [annex] is a text issued with the document and printed
	// after its signature: the Kế hoạch, Quy chế or Quy định a decision
	// enacts, a Phụ lục. Marker is its type line ("KẾ HOẠCH", "PHỤ LỤC
	// I"), Heading its title ("Triển khai … (Ban hành kèm theo Quyết
	// định số …)"), Children its body.
	NodeAnnex
	numNodeKinds
)

var nodeKindNames = [numNodeKinds]string{"paragraph", "part", "chapter", "section", "article", "numbered", "bullet", "table", "annex"}

// String returns the wire code, or "directive.NodeKind(N)" when unknown.
func (k NodeKind) String() string { return enumString(nodeKindNames[:], int(k), "NodeKind") }

// Node is one part of a document's body, in a tree: a part holds chapters
// or articles, an article or a numbered section holds numbered points and
// bullets, a point holds its paragraphs. The body of a Document is a list
// of Nodes.
type Node struct {
	Kind NodeKind
	// Marker is the marker as printed, without its punctuation: "I", "1.2",
	// "a", "3" for "Điều 3.", "II" for "Chương II", "-" for a bullet; ""
	// for a paragraph or a table.
	Marker string
	// Heading is the text on the line of a marker ("Sở Văn hóa và Thể
	// thao", "Tổ chức thực hiện", "Chánh Văn phòng … chịu trách nhiệm thi
	// hành Quyết định này"); Text is the text of a paragraph or a bullet,
	// the paragraphs that continue a bullet joined by "\n".
	Heading string
	Text    string
	// Table is the table of a NodeTable.
	Table *Table
	// Children are the nodes under this one, in order.
	Children []Node
	// First and Last are the 1-based lines of the input the node and its
	// children span; 0 for a node built by hand.
	First, Last int
}

// Table is a table of the body: header cells, then rows of cells, with
// merged cells filled in so that every row has the header's width.
type Table struct {
	Header []string
	Rows   [][]string
}

// Column returns the index of the first header cell match accepts, or -1.
func (t *Table) Column(match func(header string) bool) int {
	for i, h := range t.Header {
		if match(h) {
			return i
		}
	}
	return -1
}

// NodeAt returns the node at path, a body path as Obligation.Path writes
// it ("body[1].children[0]"), and whether there is one. A table row's path
// ("body[2].rows[3]") gives its table.
func NodeAt(body []Node, path string) (*Node, bool) {
	rest, ok := strings.CutPrefix(path, "body")
	if !ok {
		return nil, false
	}
	nodes := body
	var n *Node
	for rest != "" {
		if n != nil {
			if r, isRow := strings.CutPrefix(rest, ".rows"); isRow && n.Table != nil {
				k, r, ok := cutIndex(r)
				return n, ok && r == "" && k < len(n.Table.Rows)
			}
			if rest, ok = strings.CutPrefix(rest, ".children"); !ok {
				return nil, false
			}
			nodes = n.Children
		}
		i, r, ok := cutIndex(rest)
		if !ok || i >= len(nodes) {
			return nil, false
		}
		n, rest = &nodes[i], r
	}
	return n, n != nil
}

// cutIndex reads "[i]" at the start of s.
func cutIndex(s string) (int, string, bool) {
	if !strings.HasPrefix(s, "[") {
		return 0, s, false
	}
	j := strings.IndexByte(s, ']')
	if j < 2 {
		return 0, s, false
	}
	i, err := strconv.Atoi(s[1:j])
	if err != nil || i < 0 || s[1] == '+' || s[1] == '0' && j > 2 {
		return 0, s, false
	}
	return i, s[j+1:], true
}

// NodePath writes the body path of the node reached by the indexes, one
// per level: NodePath(1, 0) is "body[1].children[0]".
func NodePath(indexes ...int) string {
	b := []byte("body")
	for k, i := range indexes {
		if k > 0 {
			b = append(b, ".children"...)
		}
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(i), 10)
		b = append(b, ']')
	}
	return string(b)
}

// Flatten gives the flat view of a body, for callers that want sections
// with items: every part, chapter, section, article and numbered node in
// order, its marker as Number ("Điều 3" for an article, "Chương II" …),
// its heading, and as items the text of the bullets directly under it; a
// paragraph under it continues the item before it after a line break, or
// becomes an item when there is none. Paragraphs before the first such
// node are left out: they are the preamble.
func Flatten(body []Node) []Section {
	var out []Section
	var walk func(nodes []Node)
	walk = func(nodes []Node) {
		for _, n := range nodes {
			switch n.Kind {
			case NodeParagraph, NodeBullet, NodeTable:
				continue
			case NodeAnnex: // its sections follow the document's
				walk(n.Children)
				continue
			}
			s := Section{Number: sectionNumber(n), Heading: n.Heading}
			var item []string // the texts of the item being read, joined once
			for _, c := range n.Children {
				switch {
				case c.Kind == NodeBullet || c.Kind == NodeParagraph && len(item) == 0:
					if len(item) > 0 {
						s.Items = append(s.Items, strings.Join(item, "\n"))
					}
					item = append(item[:0], c.Text)
				case c.Kind == NodeParagraph:
					item = append(item, c.Text)
				}
			}
			if len(item) > 0 {
				s.Items = append(s.Items, strings.Join(item, "\n"))
			}
			out = append(out, s)
			walk(n.Children)
		}
	}
	walk(body)
	return out
}

func sectionNumber(n Node) string {
	switch n.Kind {
	case NodeArticle:
		return "Điều " + n.Marker
	case NodePart:
		return "Phần " + n.Marker
	case NodeChapter:
		return "Chương " + n.Marker
	case NodeSection:
		return "Mục " + n.Marker
	}
	return n.Marker
}
