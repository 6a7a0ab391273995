package parser

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/lexicon"
	"github.com/chidao/chidao/internal/vntext"
)

// Obligations as written: one per assigning paragraph or table row of the
// body. A paragraph or bullet assigns when a heading above it names the
// bodies it goes to ("2. Sở Thông tin và Truyền thông"), or when it names
// them itself: a lead or supporting body ("Giao Sở Nội vụ chủ trì, phối
// hợp với …"), or an execution article ("Điều 3. Chánh Văn phòng …, Giám
// đốc các Sở … chịu trách nhiệm thi hành Quyết định này"). A row of a
// tasks table assigns when the table has a column for the body that leads
// or carries it out. What the text does not say stays empty.

// executionCues close an execution article or sentence: the bodies before
// them carry the document out.
var executionCues = []string{"chịu trách nhiệm thi hành", "có trách nhiệm thi hành", "có trách nhiệm tổ chức thực hiện", "chịu trách nhiệm thực hiện", "chịu trách nhiệm tổ chức thực hiện", "chịu trách nhiệm triển khai", "căn cứ quyết định thi hành"}

// readObligations fills d.Obligations from the body tree.
func (p *docParser) readObligations() {
	d := p.d
	var walk func(nodes []directive.Node, idx []int, inherited []string, outer int)
	walk = func(nodes []directive.Node, idx []int, inherited []string, outer int) {
		var leadIn []string         // "… đề nghị UBND các tỉnh thực hiện các nội dung sau:"
		var bulletLead []string     // a letter's lead-in over its bullets
		since := len(d.Obligations) // the obligations a deadline paragraph here may date
		skip := 0                   // nodes read as a list of bodies
		var under []tableAt         // tables under the point read last
		notes := false              // after "Ghi chú:"
		flush := func() {
			for _, u := range under {
				p.tableObligations(u.table, u.path)
			}
			under = under[:0]
		}
		defer flush()
		var done []int // nodes read as a section's content, roles and time
		if rs, ok := p.roleSections(nodes); ok {
			p.assignRoleSections(nodes, idx, rs)
			done = rs.read
		}
		for i := range nodes {
			flush()
			if i < skip || slices.Contains(done, i) {
				continue
			}
			if nodes[i].Kind != directive.NodeBullet && nodes[i].Kind != directive.NodeParagraph {
				notes = false
			}
			n := &nodes[i]
			at := append(idx[:len(idx):len(idx)], i)
			path := directive.NodePath(at...)
			if bodies, end := p.bodyList(nodes, i); bodies != nil {
				// "Giao các sở … gồm:" / "- Sở Công Thương (đối với …);" …:
				// the bodies listed carry the points that follow
				inherited, skip = bodies, end
				continue
			}
			switch n.Kind {
			case directive.NodeTable:
				p.tableObligations(n.Table, path)
			case directive.NodeParagraph, directive.NodeBullet:
				for k := range n.Children {
					// a tasks table printed under a point is read as any,
					// after the point
					if c := &n.Children[k]; c.Kind == directive.NodeTable {
						under = append(under, tableAt{c.Table, directive.NodePath(append(at[:len(at):len(at)], k)...)})
					}
				}
				if len(idx) == 0 {
					if n.Kind == directive.NodeBullet && bulletLead != nil && p.requested(n.Text) == nil {
						// "Giám đốc Sở … có trách nhiệm:" / "- Phối hợp với …":
						// a letter's bullets under its lead-in are the bodies' tasks
						p.assign(path, n.Text, bulletLead)
						continue
					}
					if n.Kind == directive.NodeParagraph {
						bulletLead = nil
					}
					// a letter's paragraph that asks something of the
					// bodies it names, or of those it is sent to
					if to := p.requested(n.Text); to != nil {
						if strings.HasSuffix(strings.TrimSpace(n.Text), ":") {
							if k := lastSentence(n.Text); k > 0 && p.issuerGuides(n.Text[k:]) && p.requestedNamed(n.Text[k:]) == nil {
								// "… Bộ Tài chính yêu cầu các đơn vị thực
								// hiện …. Bộ Tài chính hướng dẫn cụ thể
								// một số nội dung như sau:": a flattened
								// page ran a request and the lead-in to the
								// issuer's own guidance together; the
								// request is the task, the points no one's
								p.assignTo(path, strings.TrimSpace(n.Text[:k]), to)
								continue
							}
							leadIn, bulletLead = to, to
						} else {
							p.assignTo(path, n.Text, to)
						}
					} else if conditionalReport(n.Text) {
						p.assignTo(path, n.Text, p.recipientBodies())
					} else if to := dutyLeadIn(n.Text); to != nil {
						leadIn, bulletLead = to, to // "Giám đốc Sở … có trách nhiệm:" over the points
					}
					continue
				}
				if end, who, due, ok := p.whoAfter(nodes, i); ok {
					// "- Nghị quyết về nâng cao chất lượng giáo dục …" /
					// "Đảng uỷ UBND xã tham mưu, trình trong tháng
					// 12/2025.": the task, then who does it and when
					p.assignWho(path, n.Text, who, due)
					skip = end
					continue
				}
				if label, value, ok := blockLabel(n.Text); ok && (label != labelContent || hasBlock(nodes)) {
					// "- Đơn vị chủ trì: …", "- Đơn vị phối hợp: …", "- Kết
					// quả: …" under a task: its lead, support or product,
					// no task of its own; "- Thành phần: …" says who
					// attends; "Nội dung: …" over a block is the task,
					// read with its point
					if label <= labelDoer && !p.fillBlock(since, label, value) {
						p.fillBlock(outer, label, value)
					}
					continue
				}
				if due, ok := p.deadlineOnly(n.Text); ok {
					// "Thời gian hoàn tất: trước ngày 27 tháng 6 năm 2014."
					// under the tasks it dates: those before it here, else
					// those of the level above
					if !p.dateObligations(since, due) {
						p.dateObligations(outer, due)
					}
					since = len(d.Obligations)
					continue
				}
				endsInColon := strings.HasSuffix(strings.TrimSpace(n.Text), ":")
				if n.Kind == directive.NodeParagraph && noteLabel(n.Text) {
					notes = true // "Ghi chú:" over its bullets: notes, no tasks
					continue
				}
				if notes && n.Kind == directive.NodeBullet {
					continue
				}
				if n.Kind == directive.NodeBullet && p.listedContent(nodes, i) {
					continue // "- Lập hồ sơ …, bao gồm:" / "- Đơn đề nghị …;": its contents
				}
				if n.Kind == directive.NodeParagraph && endsInColon && len(n.Children) == 0 && i+1 < len(nodes) && nodes[i+1].Kind == directive.NodeBullet &&
					!textOpensTask(n.Text) && p.namedOthers(n.Text) == nil && p.requested(n.Text) == nil {
					// "Công tác lập Quy hoạch … bao gồm các công việc chủ
					// yếu sau:" over its bullets: a lead-in that names no
					// body and asks nothing itself
					continue
				}
				if len(n.Children) > 0 && endsInColon {
					if named := headingAddressees(n.Text); named != nil {
						// "- Bộ Nông nghiệp và Phát triển nông thôn:" over
						// its "+" points: the body's name, the points its
						// tasks
						walk(n.Children, at, p.withDirector(inherited, named), len(d.Obligations))
						continue
					}
				}
				if inherited == nil && endsInColon && i+1 < len(nodes) && nodes[i+1].Kind != directive.NodeParagraph {
					if to := p.requested(n.Text); len(to) > 0 && !p.issuerItself(to) {
						// "Sở Công Thương yêu cầu đơn vị nêu trên thực
						// hiện một số nội dung sau:" over its points: a
						// lead-in, the points its bodies' tasks
						inherited = p.resolveAbove(to)
						continue
					}
				}
				before := len(d.Obligations)
				if endsInColon && subTasks(n) {
					// "- Chủ trì, phối hợp với các Sở, ngành tham mưu Ủy ban
					// nhân dân tỉnh:" over "+ Tổ chức thực hiện …", "+ Ban
					// hành Đề án …": each point a task, with the lead-in's
					// bodies and roles; the lead-in none itself
					p.assign(path, n.Text, inherited)
					if len(d.Obligations) == before+1 {
						head := d.Obligations[before]
						d.Obligations = d.Obligations[:before]
						for k := range n.Children {
							c := &n.Children[k]
							from := len(d.Obligations)
							p.assignTo(directive.NodePath(append(at[:len(at):len(at)], k)...), c.Text, head.Addressees)
							for j := from; j < len(d.Obligations); j++ {
								if o := &d.Obligations[j]; o.Lead == "" && len(o.Support) == 0 {
									o.Lead, o.Support = head.Lead, head.Support
								}
							}
						}
						continue
					}
				}
				p.assign(path, n.Text, inherited)
				if len(d.Obligations) == before && inherited == nil {
					// "Ban Thường vụ Đảng uỷ tổ chức hội nghị … Văn phòng
					// Đảng uỷ tổng hợp …": the issuer's own doing, then a
					// sentence that gives another body work
					p.assignLater(path, n.Text)
				}
				if len(d.Obligations) == before+1 && len(d.Obligations[before].Addressees) > 0 &&
					(inherited == nil || n.Kind == directive.NodeParagraph) && endsInColon && i+1 < len(nodes) && nodes[i+1].Kind != directive.NodeParagraph {
					// "… các bộ, … Ủy ban nhân dân thành phố Hà Nội cần …
					// thực hiện các nhiệm vụ, giải pháp sau đây:" over the
					// points: the bodies of the tasks below, no task itself
					// (a bullet under bodies, "- Lập hồ sơ …, bao gồm:",
					// is a task with its contents)
					to := d.Obligations[before].Addressees
					if inherited == nil && !p.issuerItself(to) {
						// (the issuer's own "… Ủy ban Thường vụ Quốc hội
						// quyết định sắp xếp … như sau:" leads into what it
						// does itself: no one's tasks)
						leadIn = to
					} else if inherited != nil && !slices.Equal(to, inherited) && p.namedOthers(n.Text) != nil && !p.issuerItself(to) {
						// under the bodies a heading named, a lead-in that
						// names its own ("Bộ Thông tin và Truyền thông phối
						// hợp với … và chủ trì cùng các Bộ ngành, địa
						// phương:"): the points after it are its tasks
						inherited = to
					}
					d.Obligations = d.Obligations[:before]
				}
			default:
				func() { // a headed node: its own scope for the task sections it opens
					if n.Kind == directive.NodeAnnex && proceduresAnnex(n.Heading) {
						// "PHỤ LỤC I" / "DANH MỤC THỦ TỤC HÀNH CHÍNH …":
						// the procedures a decision publishes, their steps
						// and legal bases; its tasks are in its articles
						return
					}
					if n.Kind == directive.NodeAnnex && formAnnex(n) {
						// "PHỤ LỤC 01" / "DANH MỤC HỒ SƠ …", "Mẫu 01": the
						// papers a file holds, a form to fill in
						return
					}
					if membersHeading(n.Heading) {
						// "2. Thành phần làm việc …", "1. Đối tượng kiểm
						// điểm": who takes part or is reviewed, no one's
						// tasks
						return
					}
					if sloganHeading(n.Heading) {
						// "V. KHẨU HIỆU TUYÊN TRUYỀN": the slogans to print
						// ("Quốc hội là biểu tượng …"), no one's tasks
						return
					}
					if n.Kind == directive.NodeAnnex && rulesAnnex(n.Marker) {
						// a Quy chế's or Quy định's articles of its
						// body's functions and powers state, they give
						// no one work ("Nhiệm vụ, quyền hạn của Chủ tịch …")
						p.inRules++
						defer func() { p.inRules-- }()
					}
					if p.inRules > 0 && functionsHeading(n.Heading) {
						p.namedInStatement(n.Children, at)
						return
					}
					if statementHeading(n.Heading) {
						// "I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU": what the
						// document aims at, not the work it gives, but for a
						// point that names its bodies ("d) Các cơ quan
						// trung ương, địa phương khẩn trương triển khai …")
						p.namedInStatement(n.Children, at)
						return
					}
					if taskHeading(n.Heading) {
						// "II. NHIỆM VỤ VÀ GIẢI PHÁP": its points are tasks,
						// named bodies or not
						p.inTasks++
						defer func() { p.inTasks-- }()
					}
					named := headingAddressees(n.Heading) // the bodies the heading names, or nil
					if n.Kind == directive.NodeArticle && hasFoldPrefix(n.Heading, "đối với ") {
						// "Điều 7. Đối với các cơ quan nhà nước": a rule's
						// article whose clauses name each body and its steps
						named = nil
					}
					heads := named
					if len(named) > 0 {
						heads = p.withDirector(inherited, named)
					}
					if heads == nil {
						heads = inherited
					}
					if heads == nil {
						heads = leadIn
					}
					if p.authorised != nil && authorisationTerms(n.Heading) {
						// "Điều 3. Điều kiện ủy quyền" over "1. Việc thực
						// hiện … phải tuân thủ …", "3. Chuẩn bị các nguồn
						// lực …", or "Trách nhiệm của cơ quan được ủy
						// quyền": what the authorised body must do
						heads = p.authorised
						if named != nil {
							named = heads
						}
					}
					if h := named; h != nil && len(n.Children) > 0 && onlyParagraphs(n.Children) {
						// "5. Bộ Kế hoạch và Đầu tư" / "Bảo đảm nguồn kinh phí …":
						// each paragraph under the body's name is its task
						p.assignParas(n.Children, at, h, len(d.Obligations), since)
						return
					}
					if (p.inTasks > 0 || heads != nil && titleApart(n)) && n.Heading != "" && len(n.Children) > 0 && onlyParagraphs(n.Children) && !strings.Contains(n.Heading, ":") && !endsSentence(n.Heading) &&
						unicode.IsUpper(firstRune(n.Children[0].Text)) && (textOpensTask(n.Children[0].Text) || titleApart(n)) {
						// a task section's title, no sentence, over paragraphs
						// that open with their own task: "2. Hoàn thiện thể
						// chế, …" / "Khẩn trương hoàn thiện pháp luật …"; or
						// set apart from them, each of them a task whatever
						// its first word ("Quy hoạch, sắp xếp lại …"), also
						// under bodies a lead-in asked outside such a section
						// ("… yêu cầu các cấp uỷ … thực hiện tốt một số
						// nhiệm vụ trọng tâm sau:" / "1. Tăng cường …" / "" /
						// "Tăng cường …")
						saved := p.taskGroup
						p.taskGroup = p.taskGroup || titleApart(n)
						p.assignParas(n.Children, at, heads, len(d.Obligations), since)
						p.taskGroup = saved
						return
					}
					if n.Heading != "" && onlyParagraphs(n.Children) && !endsSentence(n.Heading) && !p.ownTasks(n.Children) && !vntext.IsCaps(n.Heading) && !articleTitled(n) {
						// a point with its text on the marker's line, its
						// wrapped lines under it: "2. Báo cáo … Lao động -" /
						// "Thương binh và Xã hội (qua …)"
						p.assignPoint(path, joinTexts(n.Heading, n.Children), heads)
						return
					}
					if p.inTasks > 0 && n.Heading != "" && len(n.Children) >= minTitledParas && onlyParagraphs(n.Children) && p.partsAreTasksUnder(n.Heading, n.Children) {
						// a task section's title over the paragraphs that
						// assign: "1. Tăng cường sự lãnh đạo của Đảng, …"
						p.assignParas(n.Children, at, heads, len(d.Obligations), since)
						return
					}
					if who, due, ok := p.whoLines(n.Children); ok && n.Heading != "" && named == nil && !strings.HasSuffix(strings.TrimSpace(n.Heading), ":") && p.namedOthers(n.Heading) == nil {
						// "2.1. Nghị quyết về phát triển kinh tế - xã hội …" /
						// "Đảng uỷ UBND xã chủ trì, phối hợp các cơ quan liên
						// quan tham mưu trình trong tháng 01/2026": the point
						// is the task, the line under it who does it and when
						p.assignWho(path, n.Heading, who, due)
						return
					}
					if n.Heading != "" && len(n.Children) == 0 || onlyParagraphs(n.Children) {
						// "Điều 3. …", or "Điều 2. Quyết định này có hiệu lực …"
						// with its execution clause as a paragraph under it
						start := len(d.Obligations)
						if !titleOverOwn(n) || p.namedOthers(n.Heading) != nil || p.namedOthers(n.Children[0].Text) == nil {
							p.assignPoint(path, n.Heading, heads)
						} // else "a) Tổ chức quán triệt Nghị quyết …" / "Trong năm 2022, các bộ, ngành … hoàn thành …": the title of its paragraph's task
						p.assignParas(n.Children, at, heads, start, since)
						return
					}
					if named != nil {
						heads = named
						if dir := p.namedOthers(n.Heading); dir != nil && directsOnly(n.Heading) && len(n.Children) > 0 {
							// "4. Đảng ủy UBND tỉnh chỉ đạo:" (see below)
							heads = dir
							defer p.direct(dir)()
						}
					} else if to := p.namedOthers(n.Heading); to != nil {
						if leadsInto(n.Heading) && len(n.Children) > 0 {
							// "1. Ủy ban nhân dân tỉnh, chỉ đạo các cơ quan,
							// đơn vị có liên quan:" over its points: the
							// points are the body's tasks
							heads = to
							if directsOnly(n.Heading) {
								defer p.direct(to)()
							}
						} else {
							// "1. Ủy ban nhân dân xã, phường, thị trấn: Khi
							// nhận được hồ sơ …" and its points a), b): the
							// heading is the body's task, the points its steps,
							// not tasks of the bodies above
							p.assign(path, n.Heading, to)
						}
					} else if p.inTasks > 0 && !taskHeading(n.Heading) && !hasPoints(n.Children) && textOpensTask(n.Heading) && !p.partsAreTasksUnder(n.Heading, n.Children) {
						// a task of a tasks section with its parts under it
						// ("c) Nâng cao năng lực …:" / "- …"): the point is
						// the task; a part is one only when it names a body
						p.assign(path, n.Heading, heads)
						saved := p.inTasks
						p.inTasks = 0
						walk(n.Children, at, heads, since)
						p.inTasks = saved
						return
					}
					if p.inTasks > 0 && p.partsAreTasksUnder(n.Heading, n.Children) {
						// each bullet a task, though one's verb is not
						// read ("Đây mạnh" for "Đẩy mạnh")
						saved := p.taskGroup
						p.taskGroup = true
						defer func() { p.taskGroup = saved }()
					}
					if n.Heading != "" && named == nil && hasBlock(n.Children) {
						// "1.2. Xây dựng và ban hành Hướng dẫn …" over "-
						// Thời gian hoàn thành: …" / "- Đơn vị chủ trì: …":
						// the point is the task its block describes
						start := len(d.Obligations)
						saved := p.taskGroup
						p.taskGroup = true
						p.inTasks++
						if c := contentLine(n.Children); c >= 0 {
							// "3. Hội nghị hiệp thương lần thứ ba" / "Nội
							// dung: Lựa chọn, lập danh sách …": the point
							// titles the task its content line states
							p.assign(directive.NodePath(append(at[:len(at):len(at)], c)...), n.Children[c].Text, heads)
						} else {
							p.assign(path, n.Heading, heads)
						}
						p.inTasks--
						p.taskGroup = saved
						walk(n.Children, at, heads, start)
						return
					}
					if heads == nil && named == nil && endsSentence(n.Heading) && !strings.Contains(n.Heading, ":") {
						if to := p.requestedBy(n.Heading, false); len(to) > 0 && !p.issuerItself(to) {
							// "1. Căn cứ Kế hoạch này, đề nghị các tổ chức cơ
							// sở Đảng … chuẩn bị … trước ngày 22/9/2025." over
							// a note and bullets: a request of its own (not a
							// lead-in, "… đề nghị …: - …", its points run in)
							p.assign(path, n.Heading, nil)
						}
					}
					if heads != nil && named == nil && endsSentence(n.Heading) && !strings.HasSuffix(strings.TrimSpace(n.Heading), ":") && textOpensTask(n.Heading) && datedTask(n.Heading, d.Date) {
						// "1. Hoàn thành kế hoạch … trước ngày 29/4/2023. Đồng
						// thời, …" over its bullets, under the bodies a lead-in
						// asked: a point with its own deadline is a task of
						// theirs too (one without is its bullets' title)
						p.assign(path, n.Heading, heads)
					}
					walk(n.Children, at, heads, since)

				}()
			}
		}
	}
	walk(d.Body, nil, nil, 0)
	p.dropRestated()
	// a letter's closing line may ask too: "… đề nghị Sở … có văn bản …
	// gửi về Bộ./."
	closing, report := d.Closing, ""
	if i := reportSentence(closing); i > 0 {
		// "Sở … yêu cầu Công ty … nghiêm túc thực hiện; trong quá trình
		// thực hiện có khó khăn vướng mắc kịp thời phản ánh về Sở …./.":
		// the call to carry out, then the report asked, each read alone
		closing, report = strings.TrimSpace(closing[:i]), closing[i:]
	}
	before := len(d.Obligations)
	if closing != "" && !exhortation(withoutIssuer(closing, d.Issuer)) {
		if cs := requestClauses(closing); cs != nil {
			// "Trên đây là Kế hoạch …. Yêu cầu các sở … triển khai thực
			// hiện; đề nghị Ủy ban Mặt trận … phối hợp thực hiện./.": each
			// request its obligation, of the bodies it names
			for _, c := range cs {
				if to := p.requestedNamed(c); to != nil {
					p.assignTo(directive.ClosingPath, c, to)
				}
			}
		} else if to := p.requested(closing); to != nil {
			p.assignTo(directive.ClosingPath, closing, to)
		} else if conditionalReport(closing) {
			p.assignTo(directive.ClosingPath, closing, p.recipientBodies())
		} else if to := p.namedOthers(closing); to != nil && !p.issuerItself(to) && !informsOnly(closing) {
			// "Sở Tài chính báo cáo Ủy ban nhân dân tỉnh trước ngày
			// 30/4/2026./.": a letter's last line that names its body
			p.assignTo(directive.ClosingPath, closing, to)
		} else if rest := afterSummary(closing); rest != "" {
			// "Trên đây là Kế hoạch …. Các đơn vị được giao nhiệm vụ
			// trong Kế hoạch khẩn trương tổ chức triển khai …./.": the
			// bodies the sentence after the summary names
			if to := p.namedOthers(rest); to != nil {
				p.assignTo(directive.ClosingPath, rest, to)
			}
		}
	}
	if report != "" {
		to := p.requestedNamed(closing) // those asked report
		if len(d.Obligations) > before {
			to = d.Obligations[before].Addressees
		}
		if to == nil {
			to = p.recipientBodies()
		}
		p.assignTo(directive.ClosingPath, report, to)
	}
	p.resolveShortNames()
}

// articleTitled reports an article (or a point whose heading is its
// topic, "Về …") whose heading is its title over paragraphs that open a
// sentence of their own ("Điều 15. Sửa đổi, bổ sung Quy chế" / "Trong
// quá trình thực hiện …"), not a first sentence its line broke ("Điều 3.
// Chánh Văn phòng UBND tỉnh, Giám đốc các" / "Sở …").
func articleTitled(n *directive.Node) bool {
	topic := n.Kind == directive.NodeNumbered && hasFoldPrefix(n.Heading, "về ") // "6. Về tra cứu thông tin khai báo hóa chất"
	if n.Kind != directive.NodeArticle && !topic || len(n.Children) == 0 || danglingEnd(n.Heading) || strings.HasSuffix(n.Heading, ",") {
		return false
	}
	first := n.Children[0].Text
	if !unicode.IsUpper(firstRune(first)) || len(strings.Fields(n.Heading)) > maxArticleTitleWords {
		return false
	}
	k := strings.TrimPrefix(keyOf(vntext.PrefixRunes(n.Heading, lineKeyLen)), "các ")
	return !slices.ContainsFunc(orgHeadKeys, func(w string) bool { return strings.HasPrefix(k, w) }) // "Điều 3. Chánh Văn phòng …": the clause's bodies
}

// maxArticleTitleWords bounds an article's title: "Phạm vi điều chỉnh và
// đối tượng áp dụng", "Trách nhiệm của các cơ quan, đơn vị".
const maxArticleTitleWords = 16

// personDuty returns the member a team's assignment opens with, name
// and post ("Hoàng Văn Thuân - Trưởng đoàn" of "Ông. Hoàng Văn Thuân -
// Trưởng đoàn: Phụ trách chung; …"), or "".
func personDuty(text string) string {
	rest := ""
	for _, w := range []string{"Ông. ", "Bà. ", "Ông ", "Bà ", "Đồng chí ", "Đ/c ", "Đ/c. "} {
		if r, ok := strings.CutPrefix(text, w); ok {
			rest = r
			break
		}
	}
	if rest == "" {
		return ""
	}
	head, duties, ok := strings.Cut(vntext.PrefixRunes(rest, maxPersonDutyHead), ":")
	if !ok || strings.TrimSpace(duties) == "" && len(rest) == len(head)+1 {
		return ""
	}
	name, post, ok := strings.Cut(head, " - ")
	name, post = strings.TrimSpace(name), strings.TrimSpace(post)
	if !ok || post == "" || !isPersonName(name) {
		return ""
	}
	return name + " - " + post
}

// maxPersonDutyHead bounds a member's name and post before the colon.
const maxPersonDutyHead = 100

// subTasks reports a point whose own points are tasks, each opening with
// a task's verb ("+ Tổ chức thực hiện …", "+ Ban hành Đề án …"), under a
// lead-in that lists no contents ("…, bao gồm:").
func subTasks(n *directive.Node) bool {
	if len(n.Children) < 2 || strings.HasSuffix(keyOf(strings.TrimRight(n.Text, ": ")), "gồm") {
		return false
	}
	for i := range n.Children {
		c := &n.Children[i]
		if c.Kind != directive.NodeBullet && c.Kind != directive.NodeParagraph || len(c.Children) > 0 || !textOpensTask(c.Text) {
			return false
		}
	}
	return true
}

// afterSummary returns what follows the first sentence of a closing
// that sums the document up ("Trên đây là Kế hoạch …. …"), or "".
func afterSummary(closing string) string {
	if !strings.HasPrefix(keyOf(vntext.PrefixRunes(closing, 16)), "trên đây là ") {
		return ""
	}
	i := strings.Index(closing, ". ")
	if i < 0 {
		return ""
	}
	return strings.TrimSpace(closing[i+2:])
}

// tableAt is a table node and its path.
type tableAt struct {
	table *directive.Table
	path  string
}

// dropRestated drops the paragraph a tasks table restates: a row whose
// task opens the paragraph word for word ("- Hoàn thành hồ sơ đề nghị xây
// dựng Dự án Luật Khoáng sản (sửa đổi) trình Chính phủ trong tháng 7 …"
// and the annex's row "Hoàn thành hồ sơ đề nghị xây dựng Dự án Luật
// Khoáng sản (sửa đổi) | … | Bộ Tài nguyên và Môi trường | …") gives the
// same task with its lead, support and time, so the row stands for both.
// A paragraph that gives the task to bodies of its own, beyond the row's
// ("các bộ, cơ quan ngang bộ, … cần … thực hiện các nhiệm vụ sau đây:"
// over it, the row naming the ministry that leads), stays: the duty of
// them all, and the row's assignment of it.
func (p *docParser) dropRestated() {
	obs := p.d.Obligations
	type row struct {
		key    string
		bodies map[string]bool
	}
	var rows []row
	for _, o := range obs {
		if strings.Contains(o.Path, ".rows[") {
			if k := keyOf(o.Text); strings.Count(k, " ") >= minRestatedWords-1 {
				bodies := map[string]bool{}
				for _, b := range slices.Concat(o.Addressees, o.Support, strings.Split(o.Lead, ", ")) {
					bodies[keyOf(b)] = true
				}
				rows = append(rows, row{k, bodies})
			}
		}
	}
	if len(rows) == 0 {
		return
	}
	out := obs[:0]
	for _, o := range obs {
		if !strings.Contains(o.Path, ".rows[") {
			k := keyOf(o.Text)
			if slices.ContainsFunc(rows, func(r row) bool {
				return (k == r.key || strings.HasPrefix(k, r.key+" ")) &&
					!slices.ContainsFunc(o.Addressees, func(b string) bool { return !r.bodies[keyOf(b)] })
			}) {
				continue
			}
		}
		out = append(out, o)
	}
	p.d.Obligations = out
}

// minRestatedWords is how many words a row's task needs for a paragraph it
// opens to be read as restated.
const minRestatedWords = 6

// shortHeads are the head nouns a letter names its one recipient of that
// kind by, once it has named it in full: "đề nghị Công ty …" after
// "Kính gửi: Công ty cổ phần …".
var shortHeads = []string{"công ty", "tổng công ty", "ngân hàng", "chi nhánh", "trường", "bệnh viện", "hợp tác xã", "doanh nghiệp"}

// resolveShortNames gives an addressee, lead or supporter named by a head
// noun alone ("Công ty", "Quý Công ty") the name of the one recipient
// whose name opens with that head.
func (p *docParser) resolveShortNames() {
	full := map[string]string{} // head key → the recipient, "" when two share it
	for _, r := range p.d.Recipients {
		k := keyOf(r)
		for _, h := range shortHeads {
			if strings.HasPrefix(k, h+" ") {
				if _, seen := full[h]; seen {
					full[h] = ""
				} else {
					full[h] = trimEntry(r)
				}
			}
		}
	}
	if len(full) == 0 {
		return
	}
	resolve := func(s string) string {
		k := strings.TrimPrefix(keyOf(s), "quý ")
		if r := full[k]; r != "" {
			return r
		}
		return s
	}
	for i := range p.d.Obligations {
		o := &p.d.Obligations[i]
		for j, a := range o.Addressees {
			o.Addressees[j] = resolve(a)
		}
		if o.Lead != "" {
			o.Lead = resolve(o.Lead)
		}
		for j, a := range o.Support {
			o.Support[j] = resolve(a)
		}
	}
}

// bodyList reads a paragraph that ends by announcing a list ("… theo
// ngành, lĩnh vực gồm:") over bullets each of which is a body and, at
// most, a parenthesis on its scope ("- Sở Xây dựng (đối với tài sản kết
// cấu hạ tầng đô thị);"): it returns the bodies and the index of the node
// after the list, or nil.
func (p *docParser) bodyList(nodes []directive.Node, i int) ([]string, int) {
	n := &nodes[i]
	if n.Kind != directive.NodeParagraph || !strings.HasSuffix(strings.TrimSpace(n.Text), ":") {
		return nil, 0
	}
	if k := keyOf(strings.TrimRight(n.Text, " :")); !strings.HasSuffix(k, " gồm") && !strings.HasSuffix(k, " bao gồm") {
		return nil, 0
	}
	var bodies []string
	j := i + 1
	for ; j < len(nodes) && nodes[j].Kind == directive.NodeBullet; j++ {
		name := strings.TrimSpace(nodes[j].Text)
		if open := strings.Index(name, " ("); open > 0 {
			// the scope in parentheses, and at most a lead-in wrapped
			// onto the last line ("…). Có trách nhiệm")
			closing := strings.LastIndexByte(name, ')')
			if closing < open || !leadInTail(name[closing+1:]) {
				return nil, 0
			}
			name = name[:open]
		}
		split := bodiesOnly(strings.TrimRight(name, ";., "))
		if split == nil {
			return nil, 0 // a bullet that says more than bodies
		}
		bodies = append(bodies, split...)
	}
	if j-i < 3 {
		return nil, 0 // a list of one is a sentence
	}
	return bodies, j
}

// bodiesOnly splits text that is bodies' names and nothing else ("Sở Xây
// dựng, Công an tỉnh"), each read back whole as a body; nil when it says
// more than names.
func bodiesOnly(text string) []string {
	split := splitAddressees(text)
	if len(split) == 0 {
		return nil
	}
	for _, b := range split {
		if got := namedAfter(b + " thực hiện."); len(got) != 1 || got[0] != b {
			return nil
		}
	}
	return split
}

// leadInTail reports what may follow a listed body's scope: punctuation,
// or the lead-in to the points that a wrap joined to it ("Có trách
// nhiệm:").
func leadInTail(s string) bool {
	k := keyOf(strings.Trim(s, " ;.,:"))
	return k == "" || k == "có trách nhiệm" || k == "có nhiệm vụ"
}

// partsAreTasksUnder reports bullets under a point each of which opens
// with a task's verb or names its body: the point is their group's title,
// they are the tasks ("b) Đẩy mạnh chuyển đổi số:" / "- Hỗ trợ …;" / "-
// Phát triển …"). Under a title with no colon ("1. Tăng cường sự lãnh đạo
// của Đảng, …" over its paragraphs, in a Party resolution) plain
// paragraphs count too.
func (p *docParser) partsAreTasksUnder(heading string, nodes []directive.Node) bool {
	if len(nodes) < 2 {
		return false
	}
	title := heading != "" && !strings.HasSuffix(strings.TrimSpace(heading), ":")
	tasks := 0
	for _, n := range nodes {
		if n.Kind != directive.NodeBullet && !(title && n.Kind == directive.NodeParagraph) {
			return false
		}
		if textOpensTask(n.Text) || p.namedOthers(n.Text) != nil {
			tasks++
		}
	}
	// two in three: a scan's "Đây mạnh" for "Đẩy mạnh" opens no task
	return 3*tasks >= 2*len(nodes)
}

// leadsInto reports a heading that names bodies and then only leads
// into what they are to have others do: "1. Ủy ban nhân dân tỉnh, chỉ
// đạo các cơ quan, đơn vị có liên quan:". ("… có trách nhiệm:" after a
// task stays the heading's task.)
func leadsInto(h string) bool {
	h = strings.TrimSpace(h)
	if !strings.HasSuffix(h, ":") {
		return false
	}
	k := keyOf(h)
	for _, w := range []string{"chỉ đạo các"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return directsOnly(h)
}

// direct sets the bodies of a "X chỉ đạo:" heading for the points under
// it; the function it returns restores the outer ones.
func (p *docParser) direct(bodies []string) (restore func()) {
	saved := p.directing
	p.directing = bodies
	return func() { p.directing = saved }
}

// withDirector puts the body of an enclosing "X chỉ đạo:" heading before
// the bodies a point under it names (X sees the work done, they do it);
// named as they are elsewhere.
func (p *docParser) withDirector(inherited, named []string) []string {
	d := p.directing
	if d == nil || len(inherited) < len(d) || !slices.Equal(inherited[:len(d)], d) || slices.Equal(named, d) {
		return named
	}
	return append(slices.Clone(d), named...)
}

// directsOnly reports a heading that is a body and the verb of directing
// alone: "2. Đảng uỷ Các cơ quan Đảng tỉnh chỉ đạo:" over points that
// each name the body to act.
func directsOnly(h string) bool {
	k := keyOf(strings.TrimRight(strings.TrimSpace(h), ":"))
	return strings.HasSuffix(k, " chỉ đạo") || strings.HasSuffix(k, " lãnh đạo chỉ đạo")
}

// hasPoints reports nodes among which is a numbered point or an article:
// a heading over them groups tasks ("2. Phát triển kinh tế Thủ đô …" over
// "a) …", "b) …"), it is not one with its parts.
func hasPoints(nodes []directive.Node) bool {
	return slices.ContainsFunc(nodes, func(n directive.Node) bool {
		return n.Kind == directive.NodeNumbered || n.Kind == directive.NodeArticle
	})
}

// ownTasks reports paragraphs that are tasks of their own rather than
// the heading's text wrapped: the first names its body ("Ủy ban nhân dân
// xã … lập danh sách …"), or one only states a deadline.
func (p *docParser) ownTasks(nodes []directive.Node) bool {
	if len(nodes) > 0 && (p.namedOthers(nodes[0].Text) != nil || p.issuerOpens(nodes[0].Text)) {
		return true // "Văn phòng …", or the issuer's own board: "Ban Thường vụ Đảng uỷ tổ chức …"
	}
	if len(nodes) > 0 {
		// "Đề nghị Ủy ban Mặt trận Tổ quốc … phát động …" under "Đối với
		// các tổ chức khác"
		switch firstWordKey(nodes[0].Text) {
		case "đề", "yêu", "giao":
			if p.requested(nodes[0].Text) != nil {
				return true
			}
		}
	}
	for _, n := range nodes {
		if _, ok := p.deadlineOnly(n.Text); ok {
			return true
		}
	}
	return false
}

// titleOverOwn reports a point's title, no sentence, over paragraphs the
// first of which may name its own bodies (the caller asks).
func titleOverOwn(n *directive.Node) bool {
	return n.Kind != directive.NodeArticle && n.Heading != "" && len(n.Children) > 0 && !endsSentence(n.Heading) && !strings.Contains(n.Heading, ":")
}

// deadlineCues open a paragraph that only states when the tasks above it
// are due.
var deadlineCues = []string{"thời gian hoàn thành", "thời gian hoàn tất", "thời gian thực hiện", "thời hạn hoàn thành", "thời hạn", "tiến độ hoàn thành"}

// deadlineOnly reads a paragraph that states a deadline and nothing else:
// "Thời gian hoàn tất: trước ngày 27 tháng 6 năm 2014.", "Thời hạn: Quý
// IV/2024".
func (p *docParser) deadlineOnly(text string) (*directive.Due, bool) {
	if !vntext.RunesAtMost(text, maxDeadlineLine) {
		return nil, false
	}
	k := keyOf(text)
	if !slices.ContainsFunc(deadlineCues, func(c string) bool { return strings.HasPrefix(k, c+" ") }) && !timeLabel(text) {
		return nil, false
	}
	if _, value, ok := strings.Cut(text, ":"); ok {
		if d, ok := labelDue(value, p.d.Date); ok {
			return d, true
		}
	}
	return readDue(text, p.d.Date)
}

// labelDue reads the value of a deadline's label when it opens with a
// period ("Tháng 12/2013 và thường xuyên", "Tháng 11, 12/2013 và bổ sung
// hàng năm": the period ends it) or runs on from a start ("Từ tháng
// 11/2013 trở đi", "Từ năm 2013 đến năm 2020 và tiếp theo": continuous).
func labelDue(value string, doc chidao.Date) (*directive.Due, bool) {
	v := strings.TrimRight(strings.TrimSpace(value), " .;")
	k := keyOf(v)
	if strings.HasPrefix(k, "từ ") && (strings.HasSuffix(k, " trở đi") || strings.HasSuffix(k, " tiếp theo")) {
		return &directive.Due{Text: v, Kind: directive.DueContinuous}, true
	}
	s := v
	if m := monthList.FindStringSubmatchIndex(s); m != nil {
		s = s[:m[2]] + s[m[3]:] // "Tháng 11, 12/2013": the last month listed
	}
	if _, last, _, _, ok := periodAt(s, 0, doc); ok && !last.IsZero() {
		return &directive.Due{Text: v, Kind: directive.DuePeriodEnd, Date: last}, true
	}
	return nil, false
}

// monthList matches the months a period lists before its last ("Tháng
// 11, 12/2013"); group 1 is the months dropped.
var monthList = regexp.MustCompile(`^[Tt]háng ((?:\d{1,2}\s*,\s*)+)\d{1,2}/`)

// timeLabel reports an event's "Thời gian:" line, which dates it when it
// says by when ("Thời gian: Dự kiến ngày 05/12/2025 (Chậm nhất ngày
// 10/12/2025)"); "Thời gian qua, …" tells of the past.
func timeLabel(text string) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(text), "Thời gian")
	return ok && strings.HasPrefix(strings.TrimLeft(rest, " "), ":")
}

// Labels of a task's block: "Đơn vị chủ trì:", "Đơn vị phối hợp:",
// "Kết quả:"; an event's "Nội dung:" (what is to be done) and "Thành
// phần:", "Địa điểm:" (who attends, where: no role, no task).
const (
	labelLead = iota + 1
	labelSupport
	labelProduct
	labelDoer // "Trách nhiệm chỉ đạo thực hiện:": the bodies that carry it out
	labelContent
	labelInfo
)

// blockLabels map the labels of a task's block, as keys, to their kind.
var blockLabels = []struct {
	key  string
	kind int
}{
	{"đơn vị chủ trì", labelLead}, {"cơ quan chủ trì", labelLead}, {"chủ trì", labelLead},
	{"đơn vị phối hợp", labelSupport}, {"cơ quan phối hợp", labelSupport}, {"phối hợp", labelSupport},
	{"kết quả", labelProduct}, {"sản phẩm", labelProduct}, {"kết quả đầu ra", labelProduct},
	{"trách nhiệm thực hiện", labelDoer}, {"trách nhiệm chỉ đạo thực hiện", labelDoer}, {"trách nhiệm chỉ đạo", labelDoer},
	{"nội dung", labelContent},
	{"thành phần", labelInfo}, {"thành phần tham dự", labelInfo}, {"thành phần tham gia", labelInfo}, {"địa điểm", labelInfo},
}

// blockLabel reads a line of a task's block: a label, a colon and its
// value ("Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực").
func blockLabel(text string) (int, string, bool) {
	c := strings.IndexByte(text[:min(len(text), utf8.UTFMax*maxInfoLabel)], ':')
	if c < 0 {
		return 0, "", false // most lines: no label opens them
	}
	head, value := text[:c], text[c+1:]
	if !vntext.RunesAtMost(head, maxInfoLabel) {
		return 0, "", false
	}
	value = strings.TrimSpace(value)
	k := keyOf(head)
	for _, l := range blockLabels {
		if k == l.key && value != "" {
			return l.kind, value, true
		}
	}
	for _, w := range infoLabels {
		if k == w || strings.HasPrefix(k, w+" ") {
			return labelInfo, value, true // "Nguyên tắc tổ chức hiệp thương: …", "Đối tượng và địa bàn:"
		}
	}
	return 0, "", false
}

// infoLabels open a line that describes the work, not a task of it: its
// principles, materials, method, scope, team.
var infoLabels = []string{"nguyên tắc", "tài liệu", "phương pháp", "đối tượng", "thành phần", "địa bàn", "địa điểm", "yêu cầu về"}

// hasBlock reports nodes among which a task's block stands: a line of
// its lead, support or product, or of its deadline alone.
func hasBlock(nodes []directive.Node) bool {
	for i := range nodes {
		if n := &nodes[i]; n.Kind == directive.NodeBullet || n.Kind == directive.NodeParagraph {
			if label, _, ok := blockLabel(n.Text); ok && label <= labelProduct {
				return true
			}
		}
	}
	return false
}

// fillBlock gives the obligations from index from on what a block's line
// says of them, where they say nothing of it, and reports whether there
// were any.
func (p *docParser) fillBlock(from, label int, value string) bool {
	obs := p.d.Obligations
	if from >= len(obs) {
		return false
	}
	value = strings.TrimRight(value, " .;")
	for i := from; i < len(obs); i++ {
		o := &obs[i]
		switch label {
		case labelLead:
			if o.Lead == "" {
				lead := value
				if to := splitAddressees(value); len(to) == 1 {
					lead = to[0] // "Đồng chí Phó chủ tịch Thường trực": the post
				}
				o.Lead = lead
				if len(o.Addressees) == 0 {
					o.Addressees = []string{lead}
				}
			}
		case labelSupport:
			if len(o.Support) == 0 {
				o.Support = splitAddressees(value)
			}
		case labelDoer:
			if len(o.Addressees) == 0 {
				o.Addressees = splitAddressees(value)
			}
		case labelProduct:
			if o.Product == "" {
				o.Product = productOfCell(value)
			}
		}
	}
	return true
}

// contentLine returns the index of a block's "Nội dung: …" line among
// nodes, or -1.
func contentLine(nodes []directive.Node) int {
	for i := range nodes {
		if label, _, ok := blockLabel(nodes[i].Text); ok && label == labelContent {
			return i
		}
	}
	return -1
}

// dateObligations gives due to the obligations from index from on that
// have none, and reports whether there were any.
func (p *docParser) dateObligations(from int, due *directive.Due) bool {
	any := false
	for i := from; i < len(p.d.Obligations); i++ {
		if p.d.Obligations[i].Due == nil {
			d := *due
			p.d.Obligations[i].Due = &d
		}
		any = true
	}
	return any
}

// assignParas assigns the paragraphs under the node at path at, a
// sentence broken over several read as one. A paragraph that only states
// a deadline dates the obligations read from index since on, else those
// from outer on.
func (p *docParser) assignParas(nodes []directive.Node, at []int, heads []string, since, outer int) {
	var b strings.Builder // a sentence over many nodes grows in one buffer
	for c := 0; c < len(nodes); {
		first, text := c, nodes[c].Text
		if c+1 < len(nodes) && !endsSentence(text) {
			b.Reset()
			b.WriteString(text)
			for c++; c < len(nodes) && !endsSentence(b.String()); c++ {
				b.WriteByte(' ')
				b.WriteString(nodes[c].Text)
			}
			text = b.String()
		} else {
			c++
		}
		if due, ok := p.deadlineOnly(text); ok {
			if !p.dateObligations(since, due) {
				p.dateObligations(outer, due)
			}
			since = len(p.d.Obligations)
			continue
		}
		p.assignPoint(directive.NodePath(append(at[:len(at):len(at)], first)...), text, heads)
	}
}

// reportRegime reports a point that sets the reporting a plan asks:
// "Chế độ báo cáo: …", "Chế độ thông tin, báo cáo: …", with its cycle or
// its recipient.
func reportRegime(text string) bool {
	if len(text) < 2 || text[0]|0x20 != 'c' || text[1]|0x20 != 'h' {
		return false // most points open otherwise: no bare key made for them
	}
	// compared without marks: a scan's "Chê đô bao cao" is one too
	k := vntext.Bare(keyOf(vntext.PrefixRunes(text, 40)))
	if !strings.HasPrefix(k, "che do bao cao") && !strings.HasPrefix(k, "che do thong tin bao cao") && !strings.HasPrefix(k, "che do thong tin, bao cao") {
		return false
	}
	lk := vntext.Bare(keyOf(text))
	return strings.Contains(lk, "dinh ky") || strings.Contains(lk, "hang ") || strings.Contains(lk, " gui ") || strings.Contains(lk, " bao cao ve ")
}

// assignPoint is assign for a point of a letter or a decision: with no
// addressee known, a point that asks ("Đồng ý …") or that names its body
// first ("Bộ … tổ chức …") is one too.
func (p *docParser) assignPoint(path, text string, inherited []string) {
	if reportRegime(text) {
		// "2. Chế độ báo cáo: Định kỳ 6 tháng, 1 năm (…) … gửi về Ủy ban
		// nhân dân tỉnh": the reporting the plan asks, of whom it
		// names no one (or the bodies above)
		p.assignTo(path, text, inherited)
		return
	}
	if inherited == nil && strings.TrimSpace(text) != "" {
		if to := p.namedOthers(text); to != nil && len(p.d.Recipients) > 0 {
			p.assignTo(path, text, to)
			return
		}
		if to := p.requested(text); len(to) > 0 {
			p.assignTo(path, text, to)
			return
		} else if to != nil {
			// a request to the recipients of a document that has none (a
			// decision's): read as any point is, for the bodies it names,
			// and kept as a request to no one known when it names none
			before := len(p.d.Obligations)
			p.assign(path, text, nil)
			if len(p.d.Obligations) == before {
				p.assignTo(path, text, to)
			}
			return
		}
	}
	before := len(p.d.Obligations)
	p.assign(path, text, inherited)
	if len(p.d.Obligations) == before && inherited == nil {
		p.assignLater(path, text) // as in walk: the issuer's doing, then a body's work
	}
}

// whoLines returns the text of the lines under a point that only say who
// does its task and when ("Đảng uỷ UBND xã chủ trì, phối hợp các cơ quan
// liên quan tham mưu trình trong tháng 01/2026", "- Ban Xây dựng Đảng
// tham mưu, trình.", "- Thời gian thực hiện: tháng 6/2028"), joined, and
// whether every line under it is one, one at least naming a body.
func (p *docParser) whoLines(nodes []directive.Node) (who string, due *directive.Due, ok bool) {
	if len(nodes) == 0 || len(nodes) > maxWhoLines {
		return "", nil, false
	}
	var parts []string
	for i := range nodes {
		c := &nodes[i]
		if c.Kind != directive.NodeParagraph && c.Kind != directive.NodeBullet || len(c.Children) > 0 {
			return "", nil, false
		}
		if d, isDue := p.deadlineOnly(c.Text); isDue {
			due = d
			continue
		}
		if !whoOnly(c.Text) || p.namedOthers(c.Text) == nil {
			return "", nil, false
		}
		parts = append(parts, c.Text)
	}
	return strings.Join(parts, " "), due, len(parts) > 0
}

// whoAfter reads the lines after nodes[i] that say only who does its
// task and when (see whoLines), for a task that names no body and leads
// into nothing: the end of those lines, their text and time.
func (p *docParser) whoAfter(nodes []directive.Node, i int) (end int, who string, due *directive.Due, ok bool) {
	n := &nodes[i]
	t := strings.TrimSpace(n.Text)
	if t == "" || strings.HasSuffix(t, ":") || len(n.Children) > 0 || p.namedOthers(t) != nil || whoOnly(t) {
		return 0, "", nil, false
	}
	if _, isDue := p.deadlineOnly(t); isDue {
		return 0, "", nil, false
	}
	end = i + 1
	for end < len(nodes) && end-i <= maxWhoLines {
		c := &nodes[end]
		if c.Kind != directive.NodeParagraph && c.Kind != directive.NodeBullet || len(c.Children) > 0 {
			break
		}
		if whoOnly(c.Text) && p.namedOthers(c.Text) != nil {
			end++
			continue
		}
		if _, isDue := p.deadlineOnly(c.Text); isDue && end > i+1 {
			end++
			continue
		}
		break
	}
	if end == i+1 {
		return 0, "", nil, false
	}
	who, due, ok = p.whoLines(nodes[i+1 : end])
	return end, who, due, ok
}

// maxWhoLines bounds the lines under a point that say who does it.
const maxWhoLines = 3

// whoEnds close a line that names who does a task, after its bodies and
// before its time: the roles, no work of their own.
var whoEnds = []string{"tham mưu", "trình", "tham mưu trình", "thực hiện", "chủ trì", "phối hợp tham mưu", "chuẩn bị nội dung", "chuẩn bị",
	"tham mưu thực hiện", "phối hợp thực hiện"}

// whoOnly reports a short line whose words after its verbs are only a
// time: "… chủ trì, phối hợp các cơ quan liên quan tham mưu trình trong
// tháng 01/2026", "… tham mưu, trình." — not "… chủ trì xây dựng kế
// hoạch …", which names its own work.
func whoOnly(text string) bool {
	if !vntext.RunesAtMost(text, maxWhoRunes) {
		return false
	}
	k := keyOf(text)
	if !strings.Contains(k, " trình") && !strings.Contains(k, " thực hiện") && !strings.Contains(k, " chủ trì") && !strings.Contains(k, " tham mưu") && !strings.Contains(k, " chuẩn bị") {
		return false // most lines: no role's word at all
	}
	t := readText(text)
	if d, ok := t.due(chidao.Date{}); ok && d.Text != "" {
		if i := strings.Index(k, keyOf(d.Text)); i > 0 {
			k = k[:i]
		}
	}
	k = strings.TrimSpace(k)
	for _, cue := range []string{" trong", " vào", " từ", " trước"} {
		k = strings.TrimSuffix(k, cue)
	}
	for _, w := range whoEnds {
		if strings.HasSuffix(k, " "+w) {
			before := strings.TrimSuffix(k, " "+w)
			before = before[strings.LastIndexByte(before, ' ')+1:]
			// "quy trình", "chương trình", "công trình": a noun, no verb
			return !strings.HasPrefix(w, "trình") || !slices.Contains([]string{"quy", "chương", "công", "tờ", "hành", "giáo", "lộ"}, before)
		}
	}
	return false
}

// maxWhoRunes bounds a line that says who does a task.
const maxWhoRunes = 200

// assignWho adds the task a point states, done by the bodies its lines
// name, by their time.
func (p *docParser) assignWho(path, task, who string, due *directive.Due) {
	o := directive.Obligation{Path: path, Text: task, Addressees: p.namedOthers(who)}
	t := readText(who)
	o.Lead, o.Support = t.roles()
	p.fillText(&o, readText(task+". "+who))
	if o.Due == nil {
		o.Due = due // "- Thời gian thực hiện: tháng 6/2028"
	}
	p.d.Obligations = append(p.d.Obligations, o)
}

// onlyParagraphs reports whether nodes are paragraphs, or none.
func onlyParagraphs(nodes []directive.Node) bool {
	for _, n := range nodes {
		if n.Kind != directive.NodeParagraph {
			return false
		}
	}
	return true
}

// joinTexts is a heading with the paragraphs under it, as one text.
func joinTexts(heading string, nodes []directive.Node) string {
	parts := []string{heading}
	for _, n := range nodes {
		parts = append(parts, n.Text)
	}
	return strings.Join(parts, " ")
}

// requestCues open what a letter asks: "Bộ … đề nghị Sở …", "yêu cầu".
var requestCues = []string{"đề nghị", "yêu cầu", "giao", "đồng ý"}

// notRequest precede a cue that asks nothing: "Xét đề nghị của …", "theo
// đề nghị", "được giao".
var notRequest = []string{"xét", "theo", "được", "các", "những", "việc", "đạt", "đúng", "mọi"}

// requested returns the bodies a paragraph of a letter asks something of:
// those named after its request cue, else the recipients; nil when it
// asks nothing (a legal basis, a reason, thanks).
func (p *docParser) requested(text string) []string { return p.requestedBy(text, true) }

// requestedNamed returns the bodies named after a paragraph's request
// cue: "Đề nghị BHXH các tỉnh chủ động …"; nil when it names none.
func (p *docParser) requestedNamed(text string) []string { return p.requestedBy(text, false) }

// openingRequest returns the bodies a text that opens with a request
// names: "Đề nghị BHXH các tỉnh chủ động …", "Yêu cầu Sở Y tế …". A
// request inside a task ("… xử lý theo thẩm quyền hoặc đề nghị cơ quan
// có thẩm quyền …") or a body given work by the addressee ("Giao Sở …"
// under UBND các tỉnh) re-addresses nothing.
func (p *docParser) openingRequest(text string) []string {
	k := keyOf(vntext.PrefixRunes(text, 12))
	if !strings.HasPrefix(k, "đề nghị ") && !strings.HasPrefix(k, "yêu cầu ") {
		return nil
	}
	return p.requestedNamed(text)
}

// requestedBy is requested; without fallback a request that names no
// body gives nil rather than the recipients.
func (p *docParser) requestedBy(text string, fallback bool) []string {
	norm := vntext.Normalize(text)
	k := lowerKeepLen(norm)
	from := 0
	if strings.HasPrefix(k, "căn cứ") {
		// "Căn cứ đề nghị của Sở …" states a basis; "Căn cứ hướng dẫn
		// này, đề nghị Thủ trưởng các cơ quan …" asks after its comma
		c := strings.Index(k, ", ")
		if c < 0 {
			return nil
		}
		from = c + len(", ")
	}
	if strings.Contains(k, " xin gửi về ") || strings.Contains(k, " xin gửi trước ") {
		// "Báo cáo của sở xin gửi về Vụ …": the recipients send it
		if !fallback {
			return nil
		}
		return p.recipientBodies()
	}
	asked, limit := false, len(k) // after an ask that names no body, only the text before it is searched
	for _, cue := range requestCues {
		for off := from; off < limit; {
			i := strings.Index(k[off:limit], cue)
			if i < 0 {
				break
			}
			i += off
			off = i + len(cue)
			before := strings.TrimSpace(k[:i])
			if vntext.WordBefore(k, i) || vntext.WordAt(k, off) || precededBy(before, notRequest) || strings.HasPrefix(k[off:], " của") {
				continue // inside a word, or "xét đề nghị", "đề nghị của"
			}
			if cue == "đồng ý" && strings.HasPrefix(k[off:], " với") {
				continue // "Cơ bản đồng ý với báo cáo …" agrees; it asks nothing
			}
			after := norm[off:]
			if strings.Trim(after, " ./!;") == "" {
				continue // "Trân trọng đề nghị./": a courtesy that closes the letter
			}
			if cue == "giao" {
				// "giao cho Sở …", "giao nhiệm vụ cho Sở …"
				for _, w := range []string{" nhiệm vụ cho ", " cho "} {
					if strings.HasPrefix(k[off:], w) {
						after = norm[off+len(w):]
						break
					}
				}
			}
			if to := definedBodies(after); to != nil {
				return to
			}
			if to := namedAfter(dropDefinedAs(after)); to != nil {
				return to
			}
			if cue == "giao" {
				continue // "giao" a body: "giao đất", "bàn giao" give no task
			}
			// an ask that names no body: the recipients', unless an ask
			// before it names some ("… yêu cầu các Bộ trưởng … và đề
			// nghị cộng đồng doanh nghiệp, nhân dân cả nước:")
			asked, limit = true, i
			break
		}
	}
	if asked && fallback {
		return p.recipientBodies()
	}
	return nil
}

// definedBodies returns the short name a list of bodies is given
// ("các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, … (sau đây gọi tắt là
// các bộ, cơ quan trung ương và địa phương)"), the name the text then
// asks by; nil when what opens s is no list of bodies so named.
func definedBodies(s string) []string {
	i := strings.Index(s, " (")
	if i < 0 || !vntext.RunesAtMost(s[:i], maxDefinedList) || !opensHead(keyOf(vntext.PrefixRunes(s, maxHeadKeyRunes))) {
		return nil
	}
	j := strings.IndexByte(s[i:], ')')
	if j < 0 {
		return nil
	}
	after := strings.TrimLeft(s[i+j+1:], " ,;")
	if a, ok := strings.CutPrefix(after, "và "); ok {
		after = a
	}
	if opensHead(keyOf(vntext.PrefixRunes(after, maxHeadKeyRunes))) {
		return nil // the name is a part's: "… (sau đây gọi là Bộ, cơ quan trung ương) và Ủy ban nhân dân các tỉnh …"
	}
	inner := strings.TrimSpace(s[i+2 : i+j])
	k := keyOf(inner)
	for _, w := range []string{"sau đây gọi tắt là ", "sau đây gọi chung là ", "sau đây gọi là ", "gọi tắt là "} {
		if strings.HasPrefix(k, w) {
			_, name := splitWords(inner, len(strings.Fields(w)))
			if name = strings.Trim(name, " \"“”'"); name != "" && opensHead(keyOf(name)) {
				return []string{name}
			}
		}
	}
	return nil
}

// dropDefinedAs removes from a list of bodies the short names it defines
// in parentheses: "các Bộ, cơ quan ngang bộ (sau đây gọi là Bộ, cơ quan
// trung ương) và Ủy ban nhân dân các tỉnh" reads as the two.
func dropDefinedAs(s string) string {
	for {
		i := strings.Index(s, "(")
		if i < 0 {
			return s
		}
		// a term's definition is short: a bracket that closes far away,
		// or never, is none
		j := strings.IndexByte(s[i:min(len(s), i+maxDefinedAs)], ')')
		if j < 0 {
			return s
		}
		k := keyOf(vntext.PrefixRunes(s[i+1:i+j], 24))
		if !strings.HasPrefix(k, "sau đây gọi") && !strings.HasPrefix(k, "gọi tắt") && !strings.HasPrefix(k, "sau đây viết tắt") {
			return s
		}
		s = strings.TrimRight(s[:i], " ") + s[i+j+1:]
	}
}

func precededBy(before string, words []string) bool {
	for _, w := range words {
		if before == w || strings.HasSuffix(before, " "+w) {
			return true
		}
	}
	return false
}

// namedAfter returns the bodies named at the start of rest, up to the verb
// of the request: "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung
// ương chỉ đạo …".
func namedAfter(rest string) []string {
	// "Hàng quý, UBND xã … có trách nhiệm …", "Trong năm 2013, Ủy ban
	// nhân dân các tỉnh …": the time of a duty first
	first := firstWordKey(rest)
	if whenWords[first] {
		if when, after, ok := strings.Cut(rest, ", "); ok && vntext.RunesAtMost(when, maxWhenRunes) && (opensCycle(when) || isWhen(when)) {
			rest, first = after, firstWordKey(after)
		} else if e := cycleOpening(rest); e > 0 {
			// "Định kỳ hàng quý các Cục Hải quan phải tập hợp …": the cycle
			// and then the body, no comma between
			rest = strings.TrimLeft(rest[e:], " ,")
			first = firstWordKey(rest)
		}
	}
	// most texts open with no body: test that, by the first word and then
	// the key, before looking for the verb
	if !headFirstWords[first] || !opensHead(keyOf(vntext.PrefixRunes(rest, maxHeadKeyRunes))) {
		return nil
	}
	lower := lowerKeepLen(vntext.PrefixRunes(rest, maxHeadingAddressees+maxVerbRunes))
	end := verbAt(vntext.PrefixRunes(rest, maxHeadingAddressees+maxVerbRunes), lower)
	if i := strings.IndexByte(lower[:end], ':'); i >= 0 && !headsList(lower[:i]) {
		end = i // "Cơ quan Thuế: Đối với …"
	}
	if i := definitionAt(lower[:end]); i >= 0 {
		end = i // "UBND phường, xã, thị trấn (sau đây gọi tắt là …)"
	}
	phrase := strings.TrimSpace(rest[:end])
	if phrase == "" || !vntext.RunesAtMost(phrase, maxHeadingAddressees) || strings.Trim(rest[end:], " .;") == "" {
		return nil // no body, or a body's name and nothing it is to do
	}
	if pk := " " + keyOf(phrase) + " "; strings.Contains(pk, " bị ") || strings.Contains(pk, " thuộc trường hợp ") || strings.Contains(pk, " thuộc đối tượng ") {
		// "Cá nhân kinh doanh … thuộc trường hợp bị cưỡng chế thi hành
		// quyết định hành chính …": who a case is, no body and its work
		return nil
	}
	if opensHead(keyOf(phrase)) {
		return splitAddressees(phrase)
	}
	return nil
}

// clauseOpeners open a clause of circumstance before the body that acts:
// "Trong quá trình thực hiện, nếu có vướng mắc, Chủ tịch UBND …", "Trên
// cơ sở đề nghị của …, Sở Tài chính …", "Căn cứ số vốn được phân bổ, Ủy
// ban nhân dân cấp huyện …".
var clauseOpeners = []string{"trong quá trình", "nếu", "khi", "sau khi", "trên cơ sở", "căn cứ", "trường hợp", "để", "trong thời hạn", "sau", "chậm nhất",
	// of purpose and time: "Nhằm đạt được mục tiêu …, trong thời gian tới,
	// bên cạnh các nhiệm vụ thường xuyên, các bộ … cần …"
	"nhằm", "trong thời gian tới", "thời gian tới", "bên cạnh", "từ nay đến"}

// namedAfterClause returns the bodies named after a clause of
// circumstance that opens the text, or nil.
func (p *docParser) namedAfterClause(text string) []string {
	if !slices.ContainsFunc(clauseOpeners, func(o string) bool { return hasFoldPrefix(text, o+" ") || hasFoldPrefix(text, o+",") }) {
		if hasFoldPrefix(text, "đối với ") {
			return p.namedAfterCase(text)
		}
		return nil
	}
	rest := vntext.PrefixRunes(text, maxClauseRunes)
	for range maxClauseCommas {
		_, after, ok := strings.Cut(rest, ", ")
		if !ok {
			return nil
		}
		if slices.ContainsFunc(requestCues, func(c string) bool { return hasFoldPrefix(after, c+" ") }) {
			return nil // "Căn cứ Kế hoạch này, đề nghị các …": the ask names them
		}
		if to := p.namedOthers(after); to != nil {
			return to
		}
		rest = after
	}
	return nil
}

// namedAfterCase returns the bodies named after a case that opens the
// text and the work they are given there: "Đối với các chi phí … vượt
// tổng mức …, Bảo hiểm xã hội Việt Nam khẩn trương tổ chức thực hiện
// thanh toán …". A power the case gives ("…, Chủ tịch Ủy ban nhân dân
// tỉnh quyết định …", "… được …") is no work.
func (p *docParser) namedAfterCase(text string) []string {
	rest := vntext.PrefixRunes(text, maxClauseRunes)
	var to []string
	var after string
	for range maxClauseCommas {
		var ok bool
		var before string
		if before, after, ok = strings.Cut(rest, ", "); !ok || strings.ContainsRune(before, ':') {
			return nil // "Đối với hàng hóa …: trong thời hạn …": the case's rule, no body's work
		}
		if to = p.namedOthers(after); to != nil {
			break
		}
		rest = after
	}
	if to == nil {
		return nil
	}
	rest = keyOf(vntext.PrefixRunes(after, maxHeadKeyRunes))
	for _, w := range []string{" quyết định", " phê duyệt", " được ", " có thẩm quyền", " thực hiện thẩm quyền", " xem xét"} {
		if strings.Contains(rest, w) {
			return nil
		}
	}
	return to
}

// namedAfterThen returns the bodies the consequence of a condition names
// after "thì": "Trường hợp … đã có văn bản hướng dẫn … thì cơ quan Thuế
// cấp trên phải yêu cầu …"; nil when the text opens with no condition.
func (p *docParser) namedAfterThen(text string) []string {
	if !slices.ContainsFunc(clauseOpeners, func(o string) bool { return hasFoldPrefix(text, o+" ") }) && !hasFoldPrefix(text, "đối với trường hợp ") {
		return nil
	}
	if _, after, ok := strings.Cut(vntext.PrefixRunes(text, maxClauseRunes), " thì "); ok {
		return p.namedOthers(after)
	}
	return nil
}

// namedOthers is namedAfter, but nil when the text names only the
// document's issuer: "Bộ Xây dựng nhận được văn bản số …" tells what the
// issuer did and assigns nothing.
func (p *docParser) namedOthers(text string) []string {
	text = dropConnective(text)
	to := namedAfter(text)
	if to == nil {
		to = forBodies(text)
	}
	if to == nil || p.issuerItself(to) {
		return nil
	}
	return to
}

// issuerOpens reports a text whose subject is the issuer itself.
func (p *docParser) issuerOpens(text string) bool {
	to := namedAfter(dropConnective(text))
	if to == nil {
		if _, rest, ok := strings.Cut(vntext.PrefixRunes(text, maxClauseRunes), ", "); ok {
			to = namedAfter(rest) // "Định kỳ hoặc đột xuất, Bộ Y tế sẽ …"
		}
	}
	return to != nil && p.issuerItself(to)
}

// connectives open a sentence before the body it names: "Riêng Ban
// Thường vụ các hội …", "Đồng thời, Sở Y tế …", "Ngoài ra, …".
var connectives = []string{"riêng đối với", "riêng", "đồng thời,", "ngoài ra,", "bên cạnh đó,", "mặt khác,", "đặc biệt,"}

// dropConnective returns text after the connective it opens with, or
// text.
func dropConnective(text string) string {
	for _, c := range connectives {
		if hasFoldPrefix(text, c+" ") && len(text) > len(c)+1 {
			return strings.TrimLeft(text[len(c)+1:], " ")
		}
	}
	return text
}

// forBodies returns the bodies a text names before a colon after "Đối
// với": "Đối với Đoàn kiểm tra: Các thành viên Đoàn thực hiện …". "Đối
// với" a case ("Đối với các dự án: …") names none.
func forBodies(text string) []string {
	const lead = "đối với "
	if !hasFoldPrefix(text, lead) {
		return nil
	}
	rest := text[len(lead):]
	i := strings.IndexByte(vntext.PrefixRunes(rest, maxHeadingAddressees), ':')
	if i <= 0 {
		return nil
	}
	phrase := strings.TrimSpace(rest[:i])
	if !opensHead(keyOf(phrase)) || strings.TrimSpace(rest[i+1:]) == "" {
		return nil
	}
	return splitAddressees(phrase)
}

// listedContent reports bullet i one of the things the bullet above it,
// with the same mark, lists after "gồm:" ("- Lập hồ sơ hoàn công …, bao
// gồm:" / "- Đơn đề nghị hỗ trợ …;" / "- Biên bản xác nhận …"): a layer
// that printed "-" and "+" alike lost the nesting, and a thing listed is
// no task. It opens with no task's verb and names no body.
func (p *docParser) listedContent(nodes []directive.Node, i int) bool {
	n := &nodes[i]
	// the lead-in first, by the bullets' shape alone: most bullets have none
	lead := -1
	for j := i - 1; j >= 0 && lead < 0; j-- {
		s := &nodes[j]
		if s.Kind != directive.NodeBullet || s.Marker != n.Marker || len(s.Children) > 0 {
			return false
		}
		if t := strings.TrimSpace(s.Text); strings.HasSuffix(t, ":") {
			if !strings.HasSuffix(keyOf(t), "gồm") {
				return false
			}
			lead = j
		}
	}
	if lead < 0 || textOpensTask(n.Text) || p.namedOthers(n.Text) != nil {
		return false
	}
	for j := i - 1; j > lead; j-- {
		if textOpensTask(strings.TrimSpace(nodes[j].Text)) {
			return false
		}
	}
	return true
}

// datedThenTask returns where a second sentence or clause that opens with
// a task's verb starts after a first that closes on its own deadline, or 0.
func datedThenTask(text string, docDate chidao.Date) int {
	for from := 0; ; {
		j := strings.IndexAny(text[from:], ".;")
		if j < 0 {
			return 0
		}
		i := from + j + 2
		from = i - 1
		if i > len(text) || text[i-1] != ' ' {
			continue
		}
		// the first closes on its own deadline: "… trước năm 2025."
		tail := strings.TrimRight(text[:i], ".; ")
		if !mayEndDue(tail) || text[i-2] == '.' && (abbrevBefore(text, i-2) || !unicode.IsUpper(firstRune(text[i:]))) ||
			!opensTask(readText(vntext.PrefixRunes(text[i:], 40))) || strings.HasSuffix(strings.TrimSpace(text[i:]), ":") {
			continue
		}
		// the due that closes the sentence: read near its end, not from
		// the text's start at each sentence
		head := text[:i]
		if len(head) > maxDueWindow {
			w := head[len(head)-maxDueWindow:]
			if sp := strings.IndexAny(w, ".;"); sp >= 0 && sp+1 < len(w) {
				head = w[sp+1:]
			}
		}
		if due, ok := readDue(head, docDate); ok && (due.Kind == directive.DueDate || due.Kind == directive.DuePeriodEnd) &&
			due.Text != "" && strings.HasSuffix(tail, due.Text) {
			return i
		}
	}
}

// sub assigns a part of a text that assign cut.
func (p *docParser) sub(path, text string, inherited []string) {
	p.splitDepth++
	p.assign(path, text, inherited)
	p.splitDepth--
}

// textOpensTask reports a text that opens with a task's verb: only its
// first words are read, at most the first 80 runes cut at a word's end.
func textOpensTask(s string) bool {
	if p := vntext.PrefixRunes(s, 80); len(p) < len(s) {
		if sp := strings.LastIndexByte(p, ' '); sp > 0 {
			p = p[:sp]
		}
		s = p
	}
	return opensTask(readText(s))
}

// mayEndDue reports a text whose last word may end a date or a period
// ("… ngày 15/12", "quý IV", "cuối năm"), before the due is read.
func mayEndDue(s string) bool {
	w := strings.TrimRight(s[strings.LastIndexByte(s, ' ')+1:], ",)")
	if strings.ContainsAny(w, "0123456789") || w != "" && strings.Trim(w, "IVXivx") == "" {
		return true
	}
	switch keyOf(w) {
	case "năm", "tháng", "quý", "quí", "nay":
		return true
	}
	return false
}

// taskClauses cuts text at each semicolon followed by a task's verb.
func taskClauses(text string) []string {
	var out []string
	last := 0
	for from := 0; ; {
		j := strings.Index(text[from:], "; ")
		if j < 0 {
			break
		}
		i := from + j + 2
		from = i
		if opensTask(readText(vntext.PrefixRunes(text[i:], 40))) {
			out = append(out, strings.TrimRight(text[last:i], " ;"))
			last = i
		}
	}
	return append(out, text[last:])
}

// topicTask reports a point that names its topic before the task:
// "- Về khoa học công nghệ: (i) Hỗ trợ doanh nghiệp đổi mới …".
func topicTask(text string) bool {
	if !strings.HasPrefix(strings.ToLower(vntext.Bare(vntext.PrefixRunes(text, 8))), "ve ") { // a scan may lose the tone
		return false
	}
	c := strings.IndexByte(text, ':')
	if c < 0 || !vntext.RunesAtMost(text[:c], maxTopicRunes) {
		return false
	}
	rest := strings.TrimSpace(text[c+1:])
	if strings.HasPrefix(rest, "(") {
		if e := strings.IndexByte(rest, ')'); e > 0 && e <= 6 {
			rest = strings.TrimSpace(rest[e+1:]) // "(i)", "(1)"
		}
	}
	return opensTask(readText(vntext.PrefixRunes(rest, 60)))
}

// maxTopicRunes bounds the topic a point names before its task.
const maxTopicRunes = 100

// requestClauses cuts a closing at the requests that open its sentences
// or clauses ("Yêu cầu …; đề nghị …"), leaving out what comes before the
// first ("Trên đây là Kế hoạch …."); nil unless it holds two requests or
// one after other text.
func requestClauses(text string) []string {
	var at []int
	for i := 0; i < len(text); {
		if i == 0 || strings.HasSuffix(text[:i], ". ") || strings.HasSuffix(text[:i], "; ") {
			if k := keyOf(vntext.PrefixRunes(text[i:], 10)); strings.HasPrefix(k, "yêu cầu ") || strings.HasPrefix(k, "đề nghị ") {
				at = append(at, i)
			}
		}
		j := strings.IndexByte(text[i:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
	}
	if len(at) == 0 || len(at) == 1 && at[0] == 0 {
		return nil
	}
	var out []string
	for k, a := range at {
		e := len(text)
		if k+1 < len(at) {
			e = at[k+1]
		}
		out = append(out, strings.TrimRight(text[a:e], "; "))
	}
	return out
}

// proceduresAnnex reports an annex that lists administrative procedures
// or lays out the internal steps of handling them.
func proceduresAnnex(h string) bool {
	k := keyOf(h)
	return strings.Contains(k, "danh mục thủ tục hành chính") || strings.Contains(k, "quy trình nội bộ")
}

// formAnnex reports an annex that lists the papers a file holds
// ("DANH MỤC HỒ SƠ …") or is a form to fill in: headed "Mẫu …", or with
// blanks left for the writer ("Đồng chí …………, chức vụ: ……") in
// minFormBlanks places or more.
func formAnnex(n *directive.Node) bool {
	k := keyOf(n.Heading)
	if strings.Contains(k, "danh mục hồ sơ") || strings.HasPrefix(k, "mẫu ") || strings.HasPrefix(k, "biểu mẫu") || strings.HasPrefix(keyOf(n.Marker), "mẫu") {
		return true
	}
	blanks := 0
	var walk func(ns []directive.Node) bool
	walk = func(ns []directive.Node) bool {
		for i := range ns {
			if blanks += formBlanks(ns[i].Heading) + formBlanks(ns[i].Text); blanks >= minFormBlanks || walk(ns[i].Children) {
				return true
			}
		}
		return false
	}
	return walk(n.Children)
}

// formBlanks counts the blanks a form leaves in t: runs of two ellipses
// or more, of four full stops or more, or of three underscores or more.
func formBlanks(t string) int {
	return strings.Count(t, "……") + strings.Count(t, "....") + strings.Count(t, "___")
}

// laterTask returns where a sentence after the first of text opens with
// a body other than the issuer, or 0 for none.
func (p *docParser) laterTask(text string) int {
	t := strings.TrimRight(text, " ")
	for i := 2; i+1 < len(t); i++ {
		if sentenceBreak(t, i) {
			if to := p.namedOthers(t[i+1:]); to != nil && !p.issuerItself(to) {
				return i + 1
			}
		}
	}
	return 0
}

// laterClause returns where a clause after a semicolon opens with a body
// other than the issuer in a text whose first clause is the issuer's own
// doing, or 0.
func (p *docParser) laterClause(text string) int {
	i := strings.Index(text, "; ")
	if i < 0 || !p.issuerOpens(text[:i]) {
		return 0
	}
	for ; i >= 0; i = nextIndex(text, "; ", i) {
		if rest := text[i+2:]; unicode.IsUpper(firstRune(rest)) {
			if to := p.namedOthers(rest); to != nil && !p.issuerItself(to) {
				return i + 2
			}
		}
	}
	return 0
}

// nextIndex returns the index of sep in s after the one at i, or -1.
func nextIndex(s, sep string, i int) int {
	if j := strings.Index(s[i+len(sep):], sep); j >= 0 {
		return i + len(sep) + j
	}
	return -1
}

// assignLater assigns the later sentence of text that gives a body other
// than the issuer work, when the text as a whole gave none (laterTask).
func (p *docParser) assignLater(path, text string) {
	if k := p.laterTask(text); k > 0 {
		p.assign(path, text[k:], nil)
	}
}

// lastSentence returns where the last sentence of text opens, after a
// full stop and a space before a capital, or 0 when it is the only one.
func lastSentence(text string) int {
	t := strings.TrimRight(text, " ")
	for i := len(t) - 1; i > 1; i-- {
		if sentenceBreak(t, i) {
			return i + 1
		}
	}
	return 0
}

// sentenceBreak reports the space at t[i] between two sentences: after a
// full stop that ends no abbreviation, before a capital.
func sentenceBreak(t string, i int) bool {
	return t[i] == ' ' && t[i-1] == '.' && i+1 < len(t) && unicode.IsUpper(firstRune(t[i+1:])) && !abbrevBefore(t, i-1)
}

// guideVerbs are what an issuer does in the lead-in to its own rules or
// answers: "Bộ Tài chính hướng dẫn cụ thể như sau:".
var guideVerbs = []string{"hướng dẫn", "thông báo", "quy định", "trả lời", "có ý kiến"}

// issuerGuides reports a sentence whose subject is the document's issuer
// and whose verb gives its own guidance or answer.
func (p *docParser) issuerGuides(sentence string) bool {
	if p.d.Issuer == "" {
		return false
	}
	k, issuer := keyOf(vntext.PrefixRunes(sentence, maxHeadKeyRunes)), keyOf(p.d.Issuer)
	for _, v := range guideVerbs {
		if name, _, ok := strings.Cut(k, " "+v+" "); ok && name != "" && strings.HasSuffix(issuer, name) {
			return true
		}
	}
	return false
}

// issuerItself reports bodies that are only the document's issuer.
func (p *docParser) issuerItself(bodies []string) bool {
	if p.d.Issuer == "" {
		return false
	}
	issuer := keyOf(p.d.Issuer)
	for _, b := range bodies {
		if k := keyOf(b); k != issuer && !unitOf(issuer, k) && !boardOf(issuer, k) {
			return false
		}
	}
	return true
}

// boardOf reports a body that is the issuer's own standing board or
// standing members, named by the issuer's head without its place: "Ban
// Thường vụ Đảng ủy", "Thường trực Đảng ủy" in a document of "Đảng ủy xã
// Công Hải" (not "Ban Thường vụ Tỉnh ủy", a higher committee's).
func boardOf(issuer, body string) bool {
	for _, b := range []string{"ban thường vụ ", "thường trực "} {
		if rest, ok := strings.CutPrefix(body, b); ok {
			return rest == issuer || strings.HasPrefix(issuer, rest+" ") && len(strings.Fields(rest)) <= 2 || unitOf(issuer, rest)
		}
	}
	return false
}

// unitOf reports an issuer's key that is body's key and a place: the
// issuer named by the level of its unit only ("Ủy ban nhân dân tỉnh",
// "UBND tỉnh" for "Ủy ban nhân dân tỉnh Khánh Hòa").
func unitOf(issuer, body string) bool {
	if !strings.HasPrefix(issuer, body+" ") {
		return false
	}
	for _, u := range []string{" tỉnh", " thành phố", " huyện", " quận", " thị xã", " xã", " phường", " thị trấn"} {
		if strings.HasSuffix(body, u) {
			return true
		}
	}
	return false
}

// organization reports "tổ chức" as a noun in a list of bodies, between
// before and after: "các cấp ủy, tổ chức đảng", "các cơ quan, tổ chức, cá
// nhân", "tổ chức chính trị - xã hội".
func organization(before, after string) bool {
	if strings.HasPrefix(after, ",") || strings.HasPrefix(after, ";") {
		return strings.HasSuffix(before, ",") || strings.HasSuffix(before, " các") || strings.HasSuffix(before, " và")
	}
	for _, w := range []string{" đảng", " cơ sở đảng", " chính trị", " xã hội", " đoàn thể", " kinh tế", " quốc tế", " phi chính phủ", " tín dụng", " công đoàn", " sự nghiệp", " khoa học và công nghệ"} {
		if strings.HasPrefix(after, w) && (len(after) == len(w) || after[len(w)] == ' ' || after[len(w)] == ',' || after[len(w)] == ';') {
			return true
		}
	}
	return false
}

// domainHead reports text whose last name is only the head of a body
// named after its domain ("sở", "bộ", "phòng"), which a verb's word may
// follow as the domain: "Sở Xây dựng", not "Sở Nội vụ xây dựng …".
func domainHead(before string) bool {
	// the current name: after the last list separator, "các" aside
	if i := strings.LastIndexAny(before, ",;"); i >= 0 {
		before = before[i+1:]
	}
	before = strings.TrimPrefix(strings.TrimSpace(before), "các ")
	for _, h := range []string{"bộ", "sở", "phòng", "ban", "cục", "vụ", "viện", "trung tâm", "chi cục", "tổng cục", "ủy ban", "uỷ ban"} {
		if before == h {
			return true
		}
	}
	return false
}

// opensHead reports a key that opens with a body's head word, after
// "các".
func opensHead(k string) bool {
	k, class := strings.CutPrefix(k, "các ")
	if !class && (k == "tổ chức" || strings.HasPrefix(k, "tổ chức ")) {
		return false // "Tổ chức thực hiện": a verb, unless "các tổ chức"
	}
	for _, w := range headLookalikes {
		if k == w || strings.HasPrefix(k, w+" ") {
			return false // "Ban hành kèm theo …", "Trường hợp …"
		}
	}
	for _, w := range orgHeadKeys {
		if strings.HasPrefix(k, w) {
			return true
		}
	}
	if class {
		// "Các tỉnh, thành phố trực thuộc Trung ương …": a class of bodies
		_, ok := keyPrefix(k, classKeys)
		return ok
	}
	return false
}

// headLookalikes open like a body's name and are none; a post ("Bộ
// trưởng") names its body.
var headLookalikes = slices.DeleteFunc(slices.Clone(lexicon.HeadLookalikes), func(w string) bool {
	return slices.Contains(lexicon.HeadPosts, w)
})

// verbAt returns where the first request verb opens in lower (after a
// space), or len(lower): not after a head a verb's word names the domain
// of ("Sở Xây dựng"), not capitalised in text, the same bytes before
// lowering, as a sector's name in a list is ("các Bộ: Công an, Xây
// dựng"), not "tổ chức" in a list of bodies.
func verbAt(text, lower string) int {
	for i := 0; i < len(lower)-1; i++ {
		if lower[i] != ' ' || titleWordAt(text, i+1) {
			continue
		}
		for _, v := range verbsByByte[lower[i+1]] {
			if strings.HasPrefix(lower[i:], v) && !vntext.WordAt(lower, i+len(v)) && !domainHead(lower[:i]) && !(v == " tổ chức" && organization(lower[:i], lower[i+len(v):])) {
				return i
			}
		}
	}
	return len(lower)
}

// titleWordAt reports a word at s[i] written with a capital and then
// small letters ("Xây"): a name's word, where a word in capitals is not.
func titleWordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsUpper(r) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(s[i+n:])
	return unicode.IsLower(r2)
}

// headsList reports a phrase that ends with a plural head whose names
// follow a colon: "các Bộ" of "các Bộ: Công an, Tư pháp, Tài chính".
func headsList(lower string) bool {
	f := strings.Fields(lower)
	return len(f) >= 2 && slices.Contains(bareHeads, f[len(f)-1]) && (f[len(f)-2] == "các" || f[len(f)-2] == "những")
}

// verbsByByte holds the request verbs by the byte after their space.
var verbsByByte = func() (t [256][]string) {
	for _, v := range requestVerbs {
		t[v[1]] = append(t[v[1]], v)
	}
	return t
}()

// definitionAt returns where a parenthesis that names a short form
// opens in lower ("(sau đây gọi tắt là …", "(gọi chung là …"), or -1.
func definitionAt(lower string) int {
	for off := 0; ; {
		i := strings.Index(lower[off:], " (")
		if i < 0 {
			return -1
		}
		i += off
		rest := lower[i+2:]
		for _, w := range []string{"sau đây", "gọi tắt", "gọi chung", "viết tắt", "dưới đây"} {
			if strings.HasPrefix(rest, w) {
				return i
			}
		}
		off = i + 2
	}
}

// requestVerbs end the bodies a request names: " chỉ đạo", " thực hiện".
var requestVerbs = func() []string {
	var out []string
	for _, v := range append(slices.Clone(lexicon.ActionVerbs), "chỉ đạo", "thực hiện", "triển khai", "báo cáo", "quan tâm", "phối hợp", ":",
		"có văn bản", "có ý kiến", "có kế hoạch", "có trách nhiệm", "chịu trách nhiệm", "thành lập",
		"sử dụng", "đối chiếu", "phải", "chủ trì", "là", "cần", "hướng dẫn", "có báo cáo", "xem xét", "nghiêm túc", "xin ý kiến",
		"lãnh đạo", "theo dõi", "đôn đốc", "tham mưu", "tuyên truyền", "tăng cường", "phân bổ", "căn cứ", "tiến hành", "quyết định", "mở", "được",
		"tạo điều kiện", "hỗ trợ", "nộp", "tạm nộp", "phản ánh", "phản ảnh", "sẽ", "thì", "khi", "sau khi", "trước khi", "nếu", "gợi ý",
		"thường xuyên") {
		out = append(out, " "+v)
	}
	return out
}()

// maxClauseRunes bounds a clause of circumstance before a body's name,
// maxClauseCommas the commas in it.
const (
	maxClauseRunes  = 300
	maxClauseCommas = 4
)

// maxHeadKeyRunes is enough of a text to test for a body's head word;
// maxVerbRunes the longest verb after the bodies; maxWhenRunes the longest
// time that opens a duty ("Định kỳ 6 tháng,").
const (
	// maxConditionRunes is how far a conditional report's words are looked
	// for: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị
	// các đơn vị phản ánh".
	maxConditionRunes = 120
	maxHeadKeyRunes   = 48
	maxVerbRunes      = 24
	maxWhenRunes      = 24
)

// firstWordKey is the key of the first word of s.
func firstWordKey(s string) string {
	for s != "" && vntext.WordLenAt(s, 0) == 0 { // "“Sở …", "(Sở …"
		_, n := utf8.DecodeRuneInString(s)
		s = s[n:]
	}
	if i := strings.IndexByte(s, ' '); i >= 0 {
		s = s[:i]
	}
	k, _, _ := strings.Cut(keyOf(s), " ")
	return k
}

// cycleOpening returns where a cycle that opens s ends ("Định kỳ hằng
// quý", "Hàng năm", "Định kỳ 6 tháng"), or 0.
func cycleOpening(s string) int {
	i := 0
	bare := false
	if e, ok := vntext.MatchWord(s, 0, "định kỳ"); ok {
		i, bare = skipSp(s, e), true
	}
	if _, _, end, ok := cycleAt(s, i, bare); ok {
		return end
	}
	return 0
}

// whenWords open a time before a duty's body ("Hàng quý,", "Trong năm
// 2013,", "Trước ngày 15/12,", "Định kỳ 6 tháng,").
var whenWords = map[string]bool{"hằng": true, "hàng": true, "định": true, "trong": true, "trước": true, "chậm": true,
	"đến": true, "từ": true, "sau": true, "năm": true, "quý": true, "quí": true, "tháng": true}

// headFirstWords are the first words of the keys opensHead accepts, and
// "các", "những" before a class.
var headFirstWords = func() map[string]bool {
	m := map[string]bool{"các": true, "những": true}
	for _, w := range orgHeadKeys {
		k, _, _ := strings.Cut(keyOf(w), " ")
		m[k] = true
	}
	return m
}()

// isWhen reports a clause that is only a deadline: "Trong năm 2013",
// "Trước ngày 15/12/2024".
func isWhen(when string) bool {
	d, ok := readDue(when, chidao.Date{})
	return ok && strings.EqualFold(d.Text, strings.TrimSpace(when))
}

// opensCycle reports a time that recurs: "Hàng quý", "Hằng năm", "Định
// kỳ 6 tháng".
func opensCycle(when string) bool {
	k := keyOf(when)
	return strings.HasPrefix(k, "hằng ") || strings.HasPrefix(k, "hàng ") || strings.HasPrefix(k, "định kỳ")
}

// recipientBodies are the bodies of "Kính gửi", one each.
func (p *docParser) recipientBodies() []string {
	out := []string{} // asked, though of no body the text names
	for _, r := range p.d.Recipients {
		out = append(out, splitAddressees(r)...)
	}
	return out
}

// aboveWords point back at bodies named before: "đơn vị nêu trên", "các
// đơn vị trên".
var aboveWords = []string{"nêu trên", "trên", "nói trên", "kể trên"}

// resolveAbove gives bodies that point back at those named before ("đơn
// vị nêu trên") as the recipients, when the document has any.
func (p *docParser) resolveAbove(to []string) []string {
	if len(to) != 1 || len(p.d.Recipients) == 0 {
		return to
	}
	k := keyOf(to[0])
	for _, w := range aboveWords {
		if strings.HasSuffix(k, " "+w) {
			return p.recipientBodies()
		}
	}
	return to
}

// headingAddressees are the single bodies a section heading names, or nil
// when it names a topic.
func headingAddressees(heading string) []string {
	parts := addresseesOf(heading)
	if parts == nil {
		return nil
	}
	var out []string
	for _, part := range parts {
		out = append(out, splitAddressees(part)...)
	}
	return out
}

// assignTo adds an obligation of text to the bodies to.
func (p *docParser) assignTo(path, text string, to []string) {
	o := directive.Obligation{Path: path, Text: text, Addressees: to}
	t := readText(text)
	o.Lead, o.Support = t.roles()
	p.fillText(&o, t)
	p.d.Obligations = append(p.d.Obligations, o)
}

// letterWords counts the words of s that hold two letters or more, up to
// two: assign asks only whether there are two, on every piece of a text.
func letterWords(s string) int {
	n, letters := 0, 0
	for _, r := range s {
		switch {
		case r == ' ' || r == '\n' || r == '\t':
			letters = 0
		case unicode.IsLetter(r):
			if letters++; letters == 2 {
				if n++; n == 2 {
					return n
				}
			}
		}
	}
	return n
}

// assign adds the obligation text lays on its addressees, if it lays one:
// inherited addressees, its own lead or support, or an execution clause.
func (p *docParser) assign(path, text string, inherited []string) {
	if letterWords(text) < 2 {
		return // "2", "1883/QĐ-": a page's number or a symbol's half a scan set apart
	}
	if k := noteLead(text); k > 0 {
		// "Ghi chú: Các cơ quan … phải trình hồ sơ …", "Lưu ý: Đối với
		// các vụ lộ, mất BMNN xảy ra phải báo cáo ngay …": the note is
		// read after its label and keeps it
		from := len(p.d.Obligations)
		p.assign(path, text[k:], inherited)
		if from < len(p.d.Obligations) && p.d.Obligations[from].Text == text[k:] {
			p.d.Obligations[from].Text = text
		}
		return
	}
	if courtesy(text) || bareLeadIn(text) || informsOnly(text) || attendance(text) || reportField(text) {
		return // "Trân trọng cảm ơn.", "Cụ thể:", "Tổng cục Thuế thông báo để các Cục Thuế biết và triển khai thực hiện."
	}
	if p.splitDepth == 0 {
		p.splits = 0
	}
	// Each cut reads the rest of the text again: a text cut into more
	// obligations than any real paragraph is read whole from there on.
	if p.splits < maxClauseSplits {
		if k := p.laterClause(text); k > 0 {
			p.splits++
			// "Ban Thường vụ Đảng uỷ gợi ý kiểm điểm …; Ban Xây dựng Đảng có
			// trách nhiệm chủ trì …": the issuer's own doing, then a body's
			// work, which is the obligation
			p.sub(path, text[k:], inherited)
			return
		}
		if i := reportSentence(text); i > 0 {
			p.splits++
			// "Đề nghị các đơn vị … . Nếu có khó khăn, vướng mắc, báo cáo Bộ
			// Y tế …": two asks, each its obligation
			p.sub(path, text[:i], inherited)
			p.sub(path, text[i:], inherited)
			return
		}
		if i := datedThenTask(text, p.d.Date); i > 0 && !p.whole {
			p.splits++
			// "- Hoàn thành đầu tư dự án … trước năm 2025. Nghiên cứu, lựa
			// chọn công nghệ …": a dated task and then another, each its
			// obligation; after a dated clause, each clause that opens with
			// a task's verb ("…; hoàn thành trước ngày 31 tháng 10 năm 2024;
			// xây dựng tiêu chuẩn …; xây dựng chính sách …")
			p.sub(path, strings.TrimRight(text[:i], " ;"), inherited)
			if text[i-2] == ';' {
				for _, c := range taskClauses(text[i:]) {
					p.sub(path, c, inherited)
				}
				return
			}
			p.sub(path, text[i:], inherited)
			return
		}
		if i := periodicClause(text); i > 0 && !p.whole {
			p.splits++
			// "… theo dõi, đôn đốc việc triển khai; định kỳ hằng năm báo cáo
			// …": the standing work and the periodic report, each its
			// obligation; the report is the same bodies'
			before := len(p.d.Obligations)
			p.sub(path, strings.TrimRight(text[:i], " ,;"), inherited)
			if len(p.d.Obligations) == before {
				// the work assigns nothing alone: one obligation
				p.whole = true
				p.sub(path, text, inherited)
				p.whole = false
				return
			}
			work := p.d.Obligations[before]
			p.sub(path, text[i:], inherited)
			if len(p.d.Obligations) == before+1 {
				// the report names no body: the work's bodies report
				p.assignTo(path, text[i:], work.Addressees)
			}
			if len(p.d.Obligations) == before+2 {
				if r := &p.d.Obligations[before+1]; r.Lead == "" && len(r.Support) == 0 {
					r.Lead, r.Support = work.Lead, work.Support
					if len(r.Addressees) == 0 || slices.Equal(r.Addressees, inherited) {
						r.Addressees = work.Addressees
					}
				}
			}
			return
		}
	}
	if statesItself(text) {
		if executionBodies(text) == nil {
			return // "Quy định này quy định về …", "Quyết định này có hiệu lực …"
		}
		if k := executionSentence(text); k > 0 {
			// "Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng các
			// đơn vị … chịu trách nhiệm thi hành …": the execution clause
			// is the obligation
			p.sub(path, text[k:], inherited)
			return
		}
	}
	if grantsCompetence(text) {
		return // "Bộ trưởng Bộ Tài chính thực hiện thẩm quyền quyết định …": a power, no duty
	}
	if definesBody(text) {
		return // "Hội đồng là tổ chức do Thủ tướng Chính phủ thành lập …": what the body is
	}
	if who := personDuty(text); who != "" {
		// "Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; chỉ đạo
		// …": a team member's duties, the member their addressee
		p.assignTo(path, text, []string{who})
		return
	}
	o := directive.Obligation{Path: path, Text: text}
	t := readText(text)
	o.Lead, o.Support = t.roles()
	authorises := false
	switch {
	case o.Lead != "" && inherited != nil && opensWith(t, "chỉ đạo"):
		// "Chỉ đạo Sở Y tế chủ trì …" under Ủy ban nhân dân tỉnh: the
		// addressee directs, the body it directs leads the work
		o.Addressees = inherited
	case o.Lead != "":
		// the text names who leads: "Ban Tuyên giáo Tỉnh ủy chủ trì, …"
		o.Addressees = []string{o.Lead}
	case inherited != nil:
		o.Addressees = inherited
		if to := p.namedOthers(text); to != nil {
			// the text opens with bodies of its own: "Văn phòng Tỉnh ủy
			// theo dõi, đôn đốc …" under the bodies a heading named
			o.Addressees = p.withDirector(inherited, to)
		} else if to := p.openingRequest(text); to != nil && !p.issuerItself(to) {
			// "Đề nghị BHXH các tỉnh chủ động …" under the recipients
			o.Addressees = to
		} else if to := p.namedAfterThen(text); to != nil {
			// "Trường hợp … thì cơ quan Thuế cấp trên phải …" under the
			// recipients: the body the rule names
			o.Addressees = to
		} else if len(inherited) == 1 && opensWith(t, "chủ trì") {
			o.Lead = inherited[0] // "1. Sở Nội vụ" / "a) Chủ trì, phối hợp với …"
		}
	default:
		if to := authorisedBodies(text); to != nil {
			// "Ủy quyền cho Giám đốc Sở Công Thương thành lập …": the body
			// may act in the issuer's name
			o.Addressees, p.authorised, authorises = to, to, true
		} else if ex := executionBodies(text); ex != nil {
			o.Addressees = ex
		} else if to := p.namedOthers(text); to != nil {
			// "Sở Xây dựng nghiên cứu, thiết kế …", "Ủy ban nhân dân
			// xã, phường, thị trấn: Khi nhận được hồ sơ …"; the issuer's
			// own doings ("Bộ Xây dựng có ý kiến như sau") assign nothing
			o.Addressees = to
		} else if to := p.namedAfterClause(text); to != nil {
			// "Trên cơ sở đề nghị của …, Sở Tài chính thẩm định …"
			o.Addressees = to
		} else if to := p.requestedBy(text, false); len(to) > 0 && !p.issuerItself(to) {
			// a point of a letter that asks bodies it names: "Trường hợp
			// … thì đề nghị Sở Công Thương hướng dẫn …"
			o.Addressees = to
		} else if conditionalReport(text) {
			// "Nếu có khó khăn, vướng mắc, báo cáo Bộ Y tế …": asks the
			// recipients to report
			o.Addressees = p.recipientBodies()
		} else if p.inTasks > 0 && (opensTask(t) || p.taskGroup || topicTask(text)) {
			// a task of a plan's tasks section, its body not named here
			// ("a) Rà soát, hoàn thiện hệ thống chính sách …")
			o.Addressees = []string{}
		} else if o.Support == nil || p.issuerOpens(text) {
			// a paragraph that assigns nothing, or the issuer's own doing
			// with the bodies it works with ("Bộ Y tế sẽ phối hợp với
			// các cơ quan …")
			return
		}
	}
	if to := trailingBodies(text); to != nil && o.Lead == "" {
		// "- Tài sản kết cấu hạ tầng đô thị - Bộ Xây dựng.": a share of
		// the work, then the body it falls to (a text that assigns
		// nothing else is not made an obligation by it: a list of
		// documents and their issuers)
		o.Addressees = to
	}
	if len(o.Addressees) == 1 && keyOf(o.Addressees[0]) == "lãnh đạo" {
		// "Lãnh đạo, chỉ đạo thực hiện …": the verb, not a body's leaders
		o.Addressees = inherited
		if o.Addressees == nil {
			o.Addressees = []string{}
		}
	}
	p.fillText(&o, t)
	if authorises {
		o.Modality = directive.ModalityPermission
	}
	p.d.Obligations = append(p.d.Obligations, o)
}

// authorisedBodies returns the bodies an authorisation names: "Ủy quyền
// cho Giám đốc Sở Công Thương thành lập …", a decision that lets a body
// act in the issuer's name; nil for any other text.
func authorisedBodies(text string) []string {
	const cue = "ủy quyền cho "
	norm := vntext.Normalize(vntext.PrefixRunes(text, 200))
	if !strings.HasPrefix(lowerKeepLen(norm), cue) {
		return nil
	}
	return namedAfter(norm[len(cue):])
}

// authorisationTerms reports a heading over the terms set on the body an
// authorisation names: "Điều kiện ủy quyền", "Trách nhiệm của cơ quan
// được ủy quyền".
func authorisationTerms(h string) bool {
	k := lowerKeepLen(vntext.Normalize(h))
	return strings.Contains(k, "điều kiện ủy quyền") || strings.Contains(k, "được ủy quyền") && !strings.Contains(k, "ủy quyền cho")
}

// trailingBodies returns the bodies a text names after its last dash and
// before its end, when that is all it says there: "Tài sản kết cấu hạ
// tầng cụm công nghiệp; … thương mại - Bộ Công Thương." A dash inside
// the bodies' names ("Sở Lao động - Thương binh và Xã hội") is read as
// part of the last one's name when the rest is no body.
func trailingBodies(text string) []string {
	t := strings.TrimRight(text, " .;")
	for end, tries := len(t), 0; tries < 2; tries++ { // the last dash, or the one before it in a name
		// a dash farther from the end than a share's bodies run gives none
		from := max(0, end-maxTrailingBodies-len(" — "))
		w := t[from:end]
		if strings.IndexByte(w, '-') < 0 && !strings.Contains(w, "\u2013") && !strings.Contains(w, "\u2014") {
			return nil
		}
		i := max(strings.LastIndex(w, " - "), strings.LastIndex(w, " – "), strings.LastIndex(w, " — "))
		if i < 0 || from+i == 0 {
			return nil
		}
		i += from
		_, n := utf8.DecodeRuneInString(t[i+1:])
		name := strings.TrimSpace(t[i+1+n:])
		if unicode.IsUpper(firstRune(name)) && opensHead(keyOf(vntext.PrefixRunes(name, maxHeadKeyRunes))) && letterWords(t[:i]) >= 2 {
			if split := bodiesOnly(name); split != nil {
				return split
			}
		}
		end = i
	}
	return nil
}

// titleApart reports a point whose heading stands apart from the
// paragraphs under it, a blank line between: a title, not a sentence its
// lines wrapped ("2.2- Đổi mới hệ thống tổ chức khoa học và công nghệ" /
// "" / "Quy hoạch, sắp xếp lại …").
func titleApart(n *directive.Node) bool {
	return n.First > 0 && len(n.Children) > 0 && n.Children[0].First > n.First+1 &&
		vntext.RunesAtMost(n.Heading, maxTitleApart) && !strings.ContainsAny(n.Heading, ";")
}

// datedTask reports a text that gives a deadline of a day or a period.
func datedTask(text string, doc chidao.Date) bool {
	due, ok := readDue(text, doc)
	return ok && (due.Kind == directive.DueDate || due.Kind == directive.DuePeriodEnd)
}

// namedInStatement reads, in a part that states aims, the points that
// name the bodies they ask something of.
func (p *docParser) namedInStatement(nodes []directive.Node, idx []int) {
	for i := range nodes {
		n := &nodes[i]
		at := append(idx[:len(idx):len(idx)], i)
		text := n.Text
		if text == "" {
			text = n.Heading
		}
		if to := p.namedOthers(text); to != nil && n.Kind != directive.NodeTable {
			p.assignTo(directive.NodePath(at...), text, to)
		}
		p.namedInStatement(n.Children, at)
	}
}

// statementHeadings open the parts of a plan or a resolution that state
// its aims and views rather than give work: their points are no tasks.
var statementHeadings = []string{"mục đích", "mục tiêu", "mục đích yêu cầu", "mục đích và yêu cầu", "mục tiêu chung",
	"mục tiêu cụ thể", "yêu cầu", "quan điểm", "quan điểm chỉ đạo", "mục tiêu và quan điểm", "mục tiêu tổng quát",
	"mục tiêu và tầm nhìn", "quan điểm mục tiêu và tầm nhìn", "quan điểm và mục tiêu", "tầm nhìn", "một số mục tiêu cụ thể",
	"tình hình", "thực trạng", "đánh giá tình hình", "kết quả đạt được", "hạn chế và nguyên nhân", "bối cảnh",
	"quan điểm mục tiêu", "quan điểm nguyên tắc", "mục tiêu yêu cầu", "nguyên tắc yêu cầu", "nguyên tắc và yêu cầu", "yêu cầu nguyên tắc"}

// statementPrefixes open such a heading that goes on with a time: "Tầm
// nhìn đến năm 2045", "Mục tiêu năm 2026", "Mục tiêu cụ thể giai đoạn
// 2021 - 2025".
var statementPrefixes = []string{"tầm nhìn ", "mục tiêu ", "mục tiêu cụ thể ", "mục tiêu chung ", "mục tiêu tổng quát "}

// rulesAnnex reports an annex of rules by its type line: "QUY CHẾ …",
// "QUY ĐỊNH …".
func rulesAnnex(marker string) bool {
	k := keyOf(vntext.PrefixRunes(marker, maxKeyLine))
	return strings.HasPrefix(k, "quy chế") || strings.HasPrefix(k, "quy định")
}

// functionsHeading reports an article of a body's functions and powers:
// "Nhiệm vụ, quyền hạn của Chủ tịch, Phó Chủ tịch …", "Chức năng, nhiệm
// vụ".
func functionsHeading(h string) bool {
	k := keyOf(strings.TrimRight(h, ": "))
	for _, w := range []string{"nhiệm vụ quyền hạn", "nhiệm vụ và quyền hạn", "chức năng nhiệm vụ", "chức năng và nhiệm vụ", "quyền hạn", "chức năng"} {
		if k == w || strings.HasPrefix(k, w+" ") {
			return true
		}
	}
	return false
}

// purposePrefixes open a heading of aims and requirements that goes on
// with its topic, or of what a Quy chế states of its body ("Vị trí pháp
// lý", "Tên gọi và địa chỉ giao dịch", "Cơ cấu tổ chức của Hội đồng").
var purposePrefixes = []string{"mục đích yêu cầu ", "mục đích và yêu cầu ", "nguyên tắc yêu cầu ", "nguyên tắc và yêu cầu ", "yêu cầu nguyên tắc ",
	"vị trí pháp lý", "tên gọi", "cơ cấu tổ chức"}

// aimTimeWords may stand before the years of an aim's heading.
var aimTimeWords = map[string]bool{"đến": true, "năm": true, "giai": true, "đoạn": true, "trong": true, "từ": true, "và": true}

// datedAim reports a heading's rest that only gives a time: "đến năm
// 2030", "giai đoạn 2021 2025" (keyed, the dash gone).
func datedAim(rest string) bool {
	years := 0
	for _, w := range vntext.Fields(rest) {
		switch {
		case len(w) == 4 && vntext.AllDigits(w):
			years++
		case !aimTimeWords[w]:
			return false
		}
	}
	return years > 0
}

// situationPrefixes open a heading over an account of the situation:
// "Đánh giá tình hình thực hiện nhiệm vụ … năm 2007", "Tình hình tổ chức
// và hoạt động của …".
var situationPrefixes = []string{"tình hình ", "đánh giá tình hình ", "bối cảnh "}

// statementHeading reports a heading that only names such a part: "I.
// MỤC ĐÍCH, YÊU CẦU", "2. Mục tiêu cụ thể". A heading that goes on
// ("Yêu cầu các sở …") is another thing.
func statementHeading(h string) bool {
	k := keyOf(strings.TrimRight(h, ": "))
	if slices.Contains(statementHeadings, k) {
		return true
	}
	for _, w := range statementPrefixes {
		if rest, ok := strings.CutPrefix(k, w); ok && datedAim(rest) {
			return true
		}
	}
	for _, w := range situationPrefixes {
		if strings.HasPrefix(k, w) {
			return true
		}
	}
	for _, w := range purposePrefixes {
		if strings.HasPrefix(k, w) {
			return true // "NGUYÊN TẮC, YÊU CẦU SẮP XẾP THÔN, TỔ DÂN PHỐ"
		}
	}
	// "… , TÌNH HÌNH" closing a short heading whose first word a scan
	// misread ("BI CẢNH, TÌNH HÌNH")
	h = strings.TrimRight(strings.TrimSpace(h), ": ")
	i := strings.LastIndex(h, ",")
	return i > 0 && keyOf(h[i+1:]) == "tình hình" && strings.Count(k, " ") <= 4
}

// sloganHeading reports the heading of a plan's slogans: "KHẨU HIỆU
// TUYÊN TRUYỀN", "Các khẩu hiệu tuyên truyền".
func sloganHeading(h string) bool {
	k := strings.TrimPrefix(keyOf(strings.TrimRight(h, ": ")), "các ")
	return k == "khẩu hiệu" || strings.HasPrefix(k, "khẩu hiệu tuyên truyền") || strings.HasPrefix(k, "khẩu hiệu cổ động")
}

// membersHeading reports a heading over who takes part in a meeting or
// a working group or whom a review covers ("Thành phần làm việc của …",
// "Đối tượng kiểm điểm"), not over who does what ("Đối tượng, thẩm quyền
// đánh giá", "Thành phần và nhiệm vụ").
func membersHeading(h string) bool {
	if !hasFoldPrefix(h, "thành phần") && !hasFoldPrefix(h, "đối tượng") {
		return false // most headings: no key made for them
	}
	k := keyOf(strings.TrimRight(h, ": "))
	if !strings.HasPrefix(k, "thành phần") && !strings.HasPrefix(k, "đối tượng") || !vntext.RunesAtMost(h, maxMembersHeading) {
		return false
	}
	for _, w := range []string{"thẩm quyền", "trách nhiệm", "nhiệm vụ", "phân công", "chủ trì"} {
		if strings.Contains(k, w) {
			return false
		}
	}
	return true
}

// taskHeadings open a plan's section of tasks.
var taskHeadings = []string{"nhiệm vụ", "các nhiệm vụ", "giải pháp", "các giải pháp", "nội dung thực hiện", "nội dung chủ yếu",
	"các hoạt động chủ yếu", "hoạt động chủ yếu",
	"nhiệm vụ và giải pháp", "nhiệm vụ giải pháp", "nhiệm vụ trọng tâm", "các nhiệm vụ trọng tâm", "nhiệm vụ cụ thể",
	"các giai đoạn thực hiện", "lộ trình thực hiện",
	"nội dung nhiệm vụ", "nội dung giải pháp", "nội dung và giải pháp", "nội dung và nhiệm vụ",
	"nội dung công tác", "nội dung triển khai", "nội dung kế hoạch", "nội dung trọng tâm"}

// bareTaskHeadings are taskHeadings without their marks.
var bareTaskHeadings = func() []string {
	out := make([]string, len(taskHeadings))
	for i, w := range taskHeadings {
		out[i] = bareWord(w)
	}
	return out
}()

// taskHeading reports a heading that opens a section of tasks: "II.
// NHIỆM VỤ VÀ GIẢI PHÁP", "1. Nhiệm vụ", "Các giải pháp chủ yếu".
func taskHeading(h string) bool {
	k := keyOf(strings.TrimRight(h, ": "))
	k = strings.TrimPrefix(k, "một số ") // "C. MỘT SỐ NỘI DUNG, GIẢI PHÁP TRỌNG TÂM"
	for _, w := range taskHeadings {
		if k == w || strings.HasPrefix(k, w+" ") {
			return true
		}
	}
	// a scan that lost some of the heading's marks: "NHIEM VỤ VÀ GIAI PHÁP"
	b := bareWord(k)
	var kw []string
	for i, w := range taskHeadings {
		if bw := bareTaskHeadings[i]; b != bw && !strings.HasPrefix(b, bw+" ") {
			continue // most headings share no letters with any
		}
		if kw == nil {
			kw = strings.Fields(k)
		}
		ws := strings.Fields(w)
		if len(ws) > len(kw) || len(ws) < 2 {
			continue
		}
		lost := true
		for j := range ws {
			lost = lost && lostMarks(kw[j], ws[j])
		}
		if lost {
			return true
		}
	}
	return false
}

// taskOpeners are the verbs a task of a plan opens with.
var taskOpeners = phrases(lexicon.ActionVerbs, lexicon.TaskVerbs, []string{"rà soát", "nâng cao", "huy động", "phát huy",
	"đổi mới", "tiếp tục", "quan tâm", "nghiên cứu", "đẩy nhanh", "thực hiện tốt", "ứng dụng", "phát triển", "củng cố",
	"kiện toàn", "hoàn thiện", "duy trì", "mở rộng", "khuyến khích", "làm tốt", "chăm lo", "chú trọng",
	"cải thiện", "ưu tiên", "đầu tư", "thu hút", "mời gọi", "tạo", "thúc đẩy", "quản lý", "sắp xếp", "triển khai",
	"thể chế hóa", "điều chỉnh", "áp dụng", "bổ sung", "sửa đổi", "xác định", "bảo vệ", "kiểm soát", "nâng cấp", "lồng ghép",
	"chấn chỉnh", "đa dạng hóa", "hình thành", "xác lập", "phòng ngừa", "số hóa", "chuyển đổi", "thống kê", "kiểm kê"})

// taskAdverbs may stand before a task's verb: how often or how the work
// is done ("Thường xuyên tổ chức tuyên truyền …", "Hằng năm, rà soát …").
var taskAdverbs = phrases([]string{"thường xuyên", "định kỳ", "hằng năm", "hàng năm", "hằng quý", "hàng quý", "hằng tháng",
	"hàng tháng", "kịp thời", "từng bước", "sớm"})

// opensTask reports a text that opens with a task's verb, maybe after a
// year ("Năm 2018: Rà soát …", "Trong năm 2022 hoàn thành …") or an
// adverb of frequency or manner ("Thường xuyên tổ chức …").
func opensTask(t *ptext) bool {
	k := 0
	if k+1 < len(t.w) && t.lw[k] == "năm" && strings.Contains(t.gap(k+2), ":") {
		k = 2
	} else if k+2 < len(t.w) && t.lw[k] == "trong" && t.lw[k+1] == "năm" && len(t.lw[k+2]) == 4 && vntext.AllDigits(t.lw[k+2]) {
		k = 3
	} else if next, _, ok := t.matchAny(k, taskAdverbs); ok {
		k = next
	}
	_, _, ok := t.matchAny(k, taskOpeners)
	if !ok && k+1 < len(t.w) {
		// a scan that lost a mark of the opening verb: "Đây mạnh" for
		// "Đẩy mạnh", "Khân trương" for "Khẩn trương"
		for _, ph := range bareOpeners[vntext.Bare(t.lw[k])+" "+vntext.Bare(t.lw[k+1])] {
			if lostMarks(t.lw[k], ph[0]) && lostMarks(t.lw[k+1], ph[1]) {
				return true
			}
		}
	}
	return ok
}

// bareOpeners are the two-word task openers by their words without
// marks, the only ones whose marks a word pair may have lost.
var bareOpeners = func() map[string][][2]string {
	m := map[string][][2]string{}
	for _, ph := range taskOpeners.all {
		if a, b, two := strings.Cut(ph, " "); two && !strings.Contains(b, " ") {
			k := vntext.Bare(a) + " " + vntext.Bare(b)
			m[k] = append(m[k], [2]string{a, b})
		}
	}
	return m
}()

// selfNouns name the document or the text it enacts: "Quyết định này",
// "Quy định này".
var selfNouns = []string{"quyết định này", "quy định này", "quy chế này", "kế hoạch này", "văn bản này", "thông tư này",
	"nghị quyết này", "chỉ thị này", "hướng dẫn này", "chương trình này", "đề án này", "điều lệ này"}

// selfVerbs state what the document is or does: its scope, its force.
var selfVerbs = []string{"quy định", "có hiệu lực", "áp dụng", "được áp dụng", "gồm", "bao gồm", "thay thế", "điều chỉnh"}

// statesItself reports a text that states what the document is or does
// ("Quy định này quy định về trình tự …", "Quyết định này có hiệu lực kể
// từ ngày ký"): it lays a duty on no one.
func statesItself(text string) bool {
	k := keyOf(vntext.PrefixRunes(text, maxHeadKeyRunes))
	for _, n := range selfNouns {
		rest, ok := strings.CutPrefix(k, n+" ")
		if !ok {
			continue
		}
		for _, v := range selfVerbs {
			if rest == v || strings.HasPrefix(rest, v+" ") {
				return true
			}
		}
	}
	return false
}

// grantsCompetence reports a rule that gives a body a power rather than
// work: the body, then "thực hiện thẩm quyền" or "có thẩm quyền" (a
// Quy định phân cấp's), with no duty's words in the sentence.
func grantsCompetence(text string) bool {
	k := keyOf(vntext.PrefixRunes(text, maxHeadKeyRunes))
	i := strings.Index(k, " thực hiện thẩm quyền ")
	if i < 0 {
		i = strings.Index(k, " có thẩm quyền ")
	}
	if i < 0 || strings.Count(k[:i], " ") > maxCompetenceSubject {
		return false
	}
	for _, w := range []string{"trách nhiệm", "phải ", "nhiệm vụ"} {
		if strings.Contains(k, w) {
			return false
		}
	}
	return namedAfter(text) != nil
}

// definesBody reports a rule that says what a body is or is made of
// ("Văn phòng Hội đồng là đơn vị sự nghiệp công lập …", "Các Ban chuyên
// môn của Hội đồng bao gồm: …"), its verb "là", "gồm" or "bao gồm" right
// after the body's name, with no duty's words in the sentence ("Sở Y tế
// là cơ quan thường trực, có trách nhiệm …" gives work).
func definesBody(text string) bool {
	k := keyOf(vntext.PrefixRunes(text, maxHeadKeyRunes))
	if !opensHead(k) {
		return false
	}
	i := -1
	for _, v := range []string{" là ", " gồm", " bao gồm"} {
		j := strings.Index(k, v)
		for j > 0 && v == " là " && slices.ContainsFunc([]string{" nhất", " tức", " hoặc", " đó", " cũng"}, func(w string) bool { return strings.HasSuffix(k[:j], w) }) {
			// "…, nhất là các tỉnh …": no copula
			if n := strings.Index(k[j+len(v):], v); n >= 0 {
				j += len(v) + n
			} else {
				j = -1
			}
		}
		if j > 0 && (i < 0 || j < i) {
			i = j
		}
	}
	if i < 0 || strings.Count(k[:i], " ") > maxCompetenceSubject || verbAt(k[:i], k[:i]) < i {
		return false
	}
	for _, w := range []string{"trách nhiệm", "phải ", "nhiệm vụ", "chủ trì", "tham mưu", "giúp"} {
		if strings.Contains(k, w) {
			return false
		}
	}
	return true
}

// maxCompetenceSubject bounds the words before a power's verb: the body
// that holds it.
const maxCompetenceSubject = 12

// executionSentence returns where the sentence that holds an execution
// cue starts in text, after a sentence before it; 0 when it opens the
// text.
func executionSentence(text string) int {
	lower := lowerKeepLen(vntext.Normalize(text))
	if len(lower) != len(text) {
		return 0
	}
	for _, cue := range executionCues {
		if i := strings.Index(lower, cue); i > 0 {
			if j := strings.LastIndex(text[:i], ". "); j > 0 && !abbrevBefore(text[:i], j) {
				return j + 2
			}
			return 0
		}
	}
	return 0
}

// executionBodies are the bodies named before an execution cue: "Chánh
// Văn phòng UBND tỉnh, Giám đốc các Sở … chịu trách nhiệm thi hành".
func executionBodies(text string) []string {
	if !strings.Contains(text, "rách nhiệm") && !strings.Contains(text, "RÁCH NHIỆM") && !strings.Contains(text, "thi hành") && !strings.Contains(text, "THI HÀNH") {
		return nil // every cue has one of them; most texts none
	}
	k := vntext.Normalize(text)
	lower := lowerKeepLen(k)
	for _, cue := range executionCues {
		if i := strings.Index(lower, cue); i > 0 {
			before := strings.TrimRight(k[:i], " ,;:")
			if j := strings.LastIndex(before, ". "); j >= 0 && !abbrevBefore(before, j) {
				before = before[j+2:] // "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng …"
			}
			var out []string
			for _, part := range strings.Split(before, ";") {
				out = append(out, splitAddressees(part)...)
			}
			return out
		}
	}
	return nil
}

// fill reads what the wording says beyond who: how, by when, producing
// what, reporting to whom.
func (p *docParser) fill(o *directive.Obligation, text string) { p.fillText(o, readText(text)) }

// fillText is fill over a text already cut into words, read once for all
// the readers.
func (p *docParser) fillText(o *directive.Obligation, t *ptext) {
	o.Modality = t.modality()
	if due, ok := t.due(p.d.Date); ok {
		if due.Kind == directive.DueDate && due.Date.IsZero() && standingKind(p.d.Type) {
			// "trước ngày 12/12" in a guideline or rules that stand from
			// year to year, the document's year unknown: each year's day
			if d, ok := dayIn(due.Text); ok {
				due = &directive.Due{Text: due.Text, Kind: directive.DueRecurring, Cycle: directive.CycleYearly, Day: d}
			}
		}
		o.Due = due
	}
	o.Product = t.product()
	o.ReportTo, o.Via = t.reportTo()
}

// standingKind reports the kinds of document whose rules stand from year
// to year: a guideline, rules, a regulation.
func standingKind(k directive.Kind) bool {
	return k == directive.KindGuidance || k == directive.KindRules || k == directive.KindRegulation
}

// dayIn reads the day of "ngày 12/12", a day and month without a year,
// in a deadline's text.
func dayIn(text string) (int, bool) {
	i, _ := indexNgay(text)
	if i < 0 {
		return 0, false
	}
	d, m, y, _, ok := dueDateAt(text, i)
	return d, ok && y == 0 && m != 0
}

// tableColumns finds the columns of a tasks table by their header cells.
type tableColumns struct{ content, lead, support, due, product int }

func tasksColumns(t *directive.Table) (tableColumns, bool) {
	has := func(words ...string) func(string) bool {
		return func(h string) bool {
			k := keyOf(h)
			for _, w := range words {
				if strings.Contains(k, w) {
					return true
				}
			}
			return false
		}
	}
	content := has("nội dung", "nhiệm vụ", "công việc", "hoạt động", "giải pháp")
	c := tableColumns{
		// "Nhóm hoạt động" groups the rows; "Hoạt động" is the task
		content: t.Column(func(h string) bool { return content(h) && !strings.HasPrefix(keyOf(h), "nhóm ") }),
		lead:    t.Column(has("chủ trì", "cơ quan thực hiện", "đơn vị thực hiện", "thực hiện", "cơ quan thực hiện")),
		support: t.Column(has("phối hợp")),
		due:     t.Column(has("thời gian", "thời hạn", "tiến độ", "hoàn thành")),
		product: t.Column(has("sản phẩm", "kết quả")),
	}
	if c.lead == c.support {
		c.lead = -1 // "Cơ quan phối hợp thực hiện" is no lead column
	}
	return c, c.content >= 0 && c.lead >= 0
}

// tableObligations adds one obligation per row of a tasks table; its path
// is the table's, followed by ".rows[k]".
func (p *docParser) tableObligations(t *directive.Table, path string) {
	if t == nil {
		return
	}
	c, ok := tasksColumns(t)
	if !ok {
		return
	}
	cell := func(row []string, i int) string {
		if i < 0 || i >= len(row) {
			return ""
		}
		return strings.TrimSpace(row[i])
	}
	lastDue := "" // a time cell merged down a group of rows prints once
	// a table of targets ("Nội dung | Mục tiêu | Cơ quan chủ trì"): a row
	// states a figure to reach, a task only when it opens with one's verb
	targets := slices.IndexFunc(t.Header, func(h string) bool {
		k := keyOf(h)
		return strings.HasPrefix(k, "mục tiêu") || strings.HasPrefix(k, "chỉ tiêu")
	})
	for k, row := range t.Rows {
		text := cell(row, c.content)
		if targets >= 0 && targets != c.content && !textOpensTask(text) {
			continue
		}
		if text == "" || c.lead >= 0 && cell(row, c.lead) == text || groupRow(row, c.content) {
			// a group row, its title in one cell or merged across all,
			// or an empty one
			lastDue = ""
			continue
		}
		o := directive.Obligation{Path: path + ".rows[" + strconv.Itoa(k) + "]", Text: text}
		if lead := cell(row, c.lead); lead != "" {
			if bodies := splitAddressees(lead); len(bodies) > 0 {
				o.Lead = strings.Join(bodies, ", ")
				o.Addressees = bodies
			}
		}
		if sup := cell(row, c.support); sup != "" {
			o.Support = splitAddressees(sup)
		}
		p.fill(&o, text)
		due := cell(row, c.due)
		if due == "" && c.due >= 0 && c.due < c.content {
			due = lastDue
		}
		lastDue = due
		if due != "" {
			if k := len("Thực hiện "); len(due) > k && hasFoldPrefix(due, "thực hiện ") {
				due = due[k:] // "Thực hiện thường xuyên, lồng ghép …": the column's time
			}
			if d, ok := readDue(due, p.d.Date); ok {
				o.Due = d
			} else if d, ok := yearsCell(due); ok {
				o.Due = d
			} else if d, ok := monthsCell(due); ok {
				o.Due = d
			}
		}
		if prod := cell(row, c.product); prod != "" {
			o.Product = productOfCell(prod)
		}
		p.d.Obligations = append(p.d.Obligations, o)
	}
}

// groupRow reports a row that titles the rows under it: a number or
// nothing before the title in the content column, nothing after it ("I |
// GIAI ĐOẠN 1: LẬP, THẨM ĐỊNH …", "1 | Lập nhiệm vụ quy hoạch").
func groupRow(row []string, content int) bool {
	for k, c := range row {
		c = strings.TrimSpace(c)
		switch {
		case k < content && c != "" && !rowNumber(c):
			return false
		case k > content && c != "":
			return false
		}
	}
	return true
}

// productOfCell is a "Sản phẩm" cell's product: the product's noun when
// the cell opens with one ("Quyết định của Thủ tướng Chính phủ" gives
// "quyết định", as a product read from the text is named), else the cell.
func productOfCell(c string) string {
	t := readText(c)
	if _, noun, ok := t.matchAny(0, productNouns); ok {
		return noun
	}
	// a noun of two syllables opening the cell is its head: "Hội nghị,
	// tập huấn, báo cáo", "Tham luận", "Cơ chế phân loại"
	if len(t.w) >= 2 && t.soft(1) && unicode.IsUpper(firstRune(c)) && !vntext.IsCaps(t.s[t.w[0].a:t.w[1].b]) {
		if head := t.lw[0] + " " + t.lw[1]; cellHeads[head] {
			return head
		}
	}
	return c
}

// cellHeads are nouns of two syllables that head a result column's
// cell without being a document: the event, the paper, the mechanism
// the task yields.
var cellHeads = map[string]bool{"hội nghị": true, "hội thảo": true, "tham luận": true, "cơ chế": true, "tài liệu": true}

// yearsCell reads a time column's cell that gives years only: "2025",
// "2024 - 2025", "Năm 2026", "Giai đoạn 2024-2030": the work is due by the
// end of the last year. Running text that names years states no deadline;
// a time column does.
func yearsCell(cell string) (*directive.Due, bool) {
	t := strings.TrimSpace(strings.TrimRight(cell, ".;"))
	k := keyOf(t)
	for _, w := range []string{"giai đoạn ", "năm ", "từ năm "} {
		k = strings.TrimPrefix(k, w)
	}
	f := vntext.Fields(k)
	if len(f) == 0 || len(f) > 2 {
		return nil, false
	}
	y := 0
	for _, w := range f {
		if len(w) != 4 || !vntext.AllDigits(w) {
			return nil, false
		}
		n, _ := strconv.Atoi(w)
		if n < 1945 || n > 2200 || n < y {
			return nil, false
		}
		y = n
	}
	end, err := chidao.NewDate(y, 12, 31)
	if err != nil {
		return nil, false
	}
	return &directive.Due{Text: t, Kind: directive.DuePeriodEnd, Date: end}, true
}

// monthsCell reads a time column's cell that gives a month or a run of
// months of a year: "12/2019", "10-11/2019", "Tháng 3-12/2020": the work
// is due by the end of the last month.
func monthsCell(cell string) (*directive.Due, bool) {
	t := strings.TrimSpace(strings.TrimRight(cell, ".;"))
	k := t
	if f := vntext.Fields(t); len(f) == 2 && keyOf(f[0]) == "tháng" {
		k = f[1]
	}
	slash := strings.IndexByte(k, '/')
	if slash < 1 || len(k)-slash-1 != 4 || !vntext.AllDigits(k[slash+1:]) {
		return nil, false
	}
	months := strings.ReplaceAll(k[:slash], " ", "")
	if i := strings.LastIndexAny(months, "-–"); i >= 0 {
		first := months[:i]
		if first == "" || len(first) > 2 || !vntext.AllDigits(first) {
			return nil, false
		}
		months = strings.TrimLeft(months[i:], "-–")
	}
	if months == "" || len(months) > 2 || !vntext.AllDigits(months) {
		return nil, false
	}
	m, _ := strconv.Atoi(months)
	y, _ := strconv.Atoi(k[slash+1:])
	if m < 1 || m > 12 || y < 1945 || y > 2200 {
		return nil, false
	}
	ny, nm := y, m+1
	if nm > 12 {
		ny, nm = y+1, 1
	}
	next, err := chidao.NewDate(ny, nm, 1)
	if err != nil {
		return nil, false
	}
	end := next.AddDays(-1)
	return &directive.Due{Text: t, Kind: directive.DuePeriodEnd, Date: end}, true
}

// exhortationWords say only "carry this out, seriously": a closing made
// of them and the bodies it names ("UBND Thành phố yêu cầu các đơn vị
// nghiêm túc triển khai, thực hiện./.") restates the points above and
// lays nothing new.
var exhortationWords = map[string]bool{}

func init() {
	for _, w := range vntext.Fields("nghiêm túc triển khai thực hiện tổ chức khẩn trương quan tâm chỉ đạo có hiệu quả kịp thời đầy đủ " +
		"nội dung trên này văn bản công văn các đơn vị cơ quan địa phương liên quan sở ban ngành và tốt yêu cầu đề nghị " +
		"ủy nhân dân thành phố tỉnh quận huyện thị xã bộ chủ tịch giám đốc thủ trưởng theo đúng nêu phối hợp " +
		"phường trấn chỉ kế hoạch quyết định") {
		exhortationWords[w] = true
	}
}

// lowerKeepLen is strings.ToLower, but a rune whose lower case takes
// another number of bytes ("İ"), or a byte that is not UTF-8, is kept as
// it is: offsets found in the result are offsets of s.
func lowerKeepLen(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && !(r == utf8.RuneError && n == 1) && utf8.RuneLen(l) == n {
			b = utf8.AppendRune(b, l)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}

// conditionalReport reports the request a letter closes with to report
// difficulties: "Nếu có khó khăn, vướng mắc, báo cáo Bộ Y tế …", "Trong
// quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Sở …".
func conditionalReport(text string) bool {
	k := keyOf(vntext.PrefixRunes(text, maxConditionRunes))
	k = strings.TrimPrefix(strings.TrimPrefix(k, "trong quá trình thực hiện "), "quá trình thực hiện ")
	opens := false
	for _, w := range conditionOpeners {
		if strings.HasPrefix(k, w) {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	if !strings.Contains(k, "khó khăn") && !strings.Contains(k, "vướng mắc") {
		return false
	}
	return strings.Contains(k, "báo cáo") || strings.Contains(k, "phản ánh")
}

// conditionOpeners open the condition of a report asked for when work
// meets difficulties: "nếu có khó khăn", "(trong quá trình thực hiện) có
// khó khăn vướng mắc".
var conditionOpeners = []string{"nếu có ", "nếu phát sinh ", "nếu gặp ", "có khó khăn", "có vướng mắc", "phát sinh khó khăn", "phát sinh vướng mắc", "gặp khó khăn", "khi có khó khăn",
	"có phát sinh "}

// periodicClause returns where a clause of periodic reporting or review
// opens after the work a text gives, or 0: "…; định kỳ hằng năm báo cáo
// …", "…, định kỳ 5 năm sơ kết đánh giá …", "…; định kỳ trước ngày 31
// tháng 12 hàng năm gửi Bộ … kết quả thực hiện", "… cụ thể. Định kỳ hàng
// quý các Cục Hải quan phải tập hợp báo cáo …".
func periodicClause(text string) int {
	for _, sep := range [...]string{"; ", ", ", ". "} {
		for from := 0; ; {
			j := strings.Index(text[from:], sep)
			if j < 0 {
				break
			}
			i := from + j + len(sep)
			from = i
			if i < minWorkBeforeClause {
				continue
			}
			if sep == "; " && hasFoldPrefix(text[i:], "báo cáo định kỳ ") {
				return i // "…; báo cáo định kỳ hoặc đột xuất …"
			}
			if !hasFoldPrefix(text[i:], "định kỳ ") {
				continue
			}
			k := keyOf(vntext.PrefixRunes(text[i:], 120))
			for _, v := range [...]string{"báo cáo", "sơ kết", "tổng kết", "gửi "} {
				if strings.Contains(k, v) {
					return i
				}
			}
		}
	}
	return 0
}

// minWorkBeforeClause is how long the work before such a clause is at
// least.
const minWorkBeforeClause = 40

// reportSentence returns where a conditional report starts as a later
// sentence of text, or 0.
func reportSentence(text string) int {
	for _, o := range []string{". Nếu có ", ". Trong quá trình thực hiện", ". Quá trình thực hiện", ". Nếu phát sinh ",
		"; nếu có ", "; trong quá trình thực hiện", "; quá trình thực hiện", "; nếu phát sinh "} {
		if i := strings.Index(text, o); i > 0 && conditionalReport(text[i+2:]) {
			return i + 2
		}
	}
	return 0
}

// maxCourtesyRunes bounds a line of thanks: a longer one goes on to ask.
const maxCourtesyRunes = 80

// courtesy reports a closing of thanks or hope: "Trân trọng cảm ơn.",
// "Xin trân trọng cảm ơn sự phối hợp của Quý cơ quan.", "Mong nhận được
// sự quan tâm, phối hợp của Quý Cơ quan."; or the place a form leaves for
// a signature: "LÃNH ĐẠO ĐƠN VỊ (Ký tên, đóng dấu)".
func courtesy(text string) bool {
	if !vntext.RunesAtMost(text, maxCourtesyRunes) {
		return false
	}
	k := keyOf(text)
	k = strings.TrimPrefix(k, "xin ")
	k = strings.TrimPrefix(k, "rất ")
	if strings.HasPrefix(k, "trân trọng") || strings.HasPrefix(k, "cảm ơn") || strings.HasPrefix(k, "mong nhận được sự") {
		return true
	}
	return strings.HasSuffix(k, "ký tên đóng dấu") || strings.HasSuffix(k, "ký ghi rõ họ tên") || strings.HasSuffix(k, "ký và ghi rõ họ tên")
}

// attendance reports a point that says who attends a meeting, after the
// body it is about: "HĐND cấp xã: Thành phần dự hội nghị gồm Thường trực
// HĐND và …" (who takes part is no task).
func attendance(text string) bool {
	head, rest, ok := strings.Cut(vntext.PrefixRunes(text, 120), ":")
	if !ok || !vntext.RunesAtMost(head, 60) {
		return false
	}
	k := keyOf(strings.TrimSpace(rest))
	return strings.HasPrefix(k, "thành phần dự ") || strings.HasPrefix(k, "thành phần tham dự") || strings.HasPrefix(k, "thành phần tham gia") || strings.HasPrefix(k, "thành phần hội nghị")
}

// bareLeadIn reports a lead-in that is only its words, the points it
// opens printed apart: "Cụ thể:", "Cụ thể như sau:", "Trong đó:".
func bareLeadIn(text string) bool {
	t := strings.TrimSpace(text)
	if !strings.HasSuffix(t, ":") || !vntext.RunesAtMost(t, 32) {
		return false
	}
	switch keyOf(strings.TrimSpace(strings.TrimSuffix(t, ":"))) {
	case "cụ thể", "cụ thể như sau", "như sau", "trong đó", "gồm", "bao gồm", "gồm các nội dung sau", "nội dung cụ thể như sau",
		"cụ thể là", "với các nội dung sau", "các nội dung sau":
		return true
	}
	return false
}

// informsOnly reports a sentence by which the issuer passes a message on
// and asks nothing of its own: "Văn phòng Chính phủ thông báo để các cơ
// quan liên quan biết, thực hiện", "Tổng cục Thuế thông báo để các Cục
// Thuế biết và triển khai thực hiện" (the work is in what it passes on),
// "Cục Thuế có ý kiến để Thuế tỉnh Quảng Trị được biết", "… trả lời để
// Cục Thuế được biết".
func informsOnly(text string) bool {
	if !vntext.RunesAtMost(text, maxInformsRunes) {
		return false
	}
	// the last word first, cheaply: "biết", "hiện", "khai" (a scan's
	// specks after the closing: "thực hiện ./. ,~")
	text = strings.TrimRightFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	last := text
	switch vntext.Bare(strings.ToLower(last[strings.LastIndexByte(last, ' ')+1:])) {
	case "biet", "hien", "khai":
	default:
		return false
	}
	k := vntext.Bare(keyOf(text)) // a scan's "thông báo dé"
	i := -1
	// "thông báo để / cho …", "có ý kiến để …", "trả lời để / cho …"
	for _, verb := range []string{"thong bao de ", "thong bao cho ", "co y kien de ", "tra loi de ", "tra loi cho "} {
		if i = strings.Index(k, verb); i >= 0 {
			break
		}
	}
	if i < 0 || i > 0 && k[i-1] != ' ' {
		return false
	}
	for _, end := range []string{" biet", " biet thuc hien", " biet va thuc hien", " biet va trien khai thuc hien", " biet de thuc hien", " biet va trien khai"} {
		if strings.HasSuffix(k, end) {
			return true
		}
	}
	return false
}

// reportFields are the labels of a report's regime as a catalogue of
// reports lists them (Nghị định 09/2019/NĐ-CP): "Cơ quan nhận báo cáo:
// Cục Thuế", "Tần suất thực hiện báo cáo: Theo quý".
var reportFields = []string{"cơ quan nhận báo cáo", "đối tượng thực hiện báo cáo", "tần suất thực hiện báo cáo",
	"thời gian chốt số liệu", "thời hạn gửi báo cáo", "phương thức gửi nhận báo cáo", "văn bản quy định chế độ báo cáo",
	"nội dung yêu cầu báo cáo", "tên báo cáo", "mẫu đề cương báo cáo", "biểu mẫu số liệu báo cáo"}

// reportField reports a text that is one field of a report's regime, its
// label before a colon: what a catalogue says of a report, no assignment.
func reportField(text string) bool {
	label, _, ok := strings.Cut(vntext.PrefixRunes(text, maxHeadKeyRunes), ":")
	if !ok {
		return false
	}
	return slices.Contains(reportFields, keyOf(label))
}

// exhortation reports a closing that asks nothing beyond carrying out.
// withoutIssuer drops the issuer's name from a closing: "Sở Nội vụ đề
// nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện" exhorts.
func withoutIssuer(text, issuer string) string {
	if issuer == "" {
		return text
	}
	k, ik := vntext.Normalize(text), vntext.Normalize(issuer)
	if i := strings.Index(strings.ToLower(k), strings.ToLower(ik)); i >= 0 && len(strings.ToLower(k)) == len(k) {
		return k[:i] + k[i+len(ik):]
	}
	return text
}

func exhortation(text string) bool {
	for _, w := range vntext.Fields(keyOf(text)) {
		if !exhortationWords[w] {
			return false
		}
	}
	return true
}

// opensWith reports a text that opens with the phrase w (lower case).
func opensWith(t *ptext, w string) bool {
	_, ok := t.match(0, w)
	return ok
}

// roleSet is what a plan's section says of its work in sections of their
// own: its content ("1. Nội dung, biện pháp" over the items), the bodies
// that lead, carry it out and support it ("2. Cơ quan chủ trì, phối hợp"
// over "a) Cơ quan chủ trì" / "- Bộ Quốc phòng." …), and its time ("3.
// Thời gian thực hiện: Quý IV/2013").
type roleSet struct {
	content              int
	lead, doers, support []string
	due                  *directive.Due
	read                 []int
}

// Role headings, as keys: a section that lists the bodies under it.
const (
	roleLead = iota + 1
	roleDoer
	roleSupport
	roleBoth
)

var roleHeadings = map[string]int{
	"cơ quan chủ trì": roleLead, "đơn vị chủ trì": roleLead, "chủ trì": roleLead, "chủ trì thực hiện": roleLead,
	"cơ quan chủ trì thực hiện": roleLead, "cơ quan thực hiện": roleDoer, "đơn vị thực hiện": roleDoer,
	"cơ quan phối hợp": roleSupport, "đơn vị phối hợp": roleSupport, "phối hợp thực hiện": roleSupport,
	"cơ quan chủ trì phối hợp": roleBoth, "cơ quan chủ trì và phối hợp": roleBoth, "đơn vị chủ trì phối hợp": roleBoth,
	"cơ quan chủ trì và cơ quan phối hợp": roleBoth,
}

// roleHeading reads a node that is a role's heading alone, its bodies
// under it.
func roleHeading(n *directive.Node) int {
	h := n.Heading
	if h == "" {
		h = n.Text
	}
	h = strings.TrimRight(strings.TrimSpace(h), ":.")
	if len(h) > 64 || len(n.Children) == 0 {
		return 0
	}
	return roleHeadings[keyOf(h)]
}

// contentHeading reports "Nội dung, biện pháp", "Nội dung thực hiện",
// "Nhiệm vụ": a section of its section's work, item by item.
func contentHeading(n *directive.Node) bool {
	if n.Heading == "" || len(n.Children) == 0 || len(n.Heading) > 64 {
		return false
	}
	k := keyOf(strings.TrimRight(n.Heading, ":."))
	return k == "nội dung" || k == "nhiệm vụ" || strings.HasPrefix(k, "nội dung ") || strings.HasPrefix(k, "nhiệm vụ ")
}

// roleSections finds a section's content and its roles among nodes, the
// section's children; both must be there.
func (p *docParser) roleSections(nodes []directive.Node) (roleSet, bool) {
	rs := roleSet{content: -1}
	if !slices.ContainsFunc(nodes, func(n directive.Node) bool { return roleHeading(&n) != 0 }) {
		return rs, false // most node lists: no role of their own, read no further
	}
	add := func(kind int, value string) {
		to := splitAddressees(strings.TrimRight(value, " .;"))
		switch kind {
		case roleLead:
			rs.lead = append(rs.lead, to...)
		case roleDoer:
			rs.doers = append(rs.doers, to...)
		case roleSupport:
			rs.support = append(rs.support, to...)
		}
	}
	var list func(kind int, ns []directive.Node)
	list = func(kind int, ns []directive.Node) {
		for i := range ns {
			c := &ns[i]
			if k := roleHeading(c); k != 0 {
				list(k, c.Children)
				continue
			}
			text := c.Text
			if text == "" {
				text = c.Heading
			}
			if label, value, ok := blockLabel(text); ok {
				switch label {
				case labelLead:
					add(roleLead, value)
				case labelSupport:
					add(roleSupport, value)
				}
				continue
			}
			if kind == roleLead || kind == roleDoer || kind == roleSupport {
				if k, v, ok := strings.Cut(text, ":"); ok && roleHeadings[keyOf(k)] != 0 {
					add(roleHeadings[keyOf(k)], v) // "Đơn vị thực hiện: Các Đội chuyên trách …"
				} else {
					add(kind, text)
				}
			}
		}
	}
	roles := false
	for i := range nodes {
		n := &nodes[i]
		switch {
		case rs.content < 0 && contentHeading(n):
			rs.content = i
		case roleHeading(n) != 0:
			list(roleHeading(n), n.Children)
			roles = true
		default:
			text := n.Text
			if n.Heading != "" {
				text = n.Heading
			}
			if due, ok := p.deadlineOnly(text); ok && rs.due == nil && len(n.Children) == 0 {
				rs.due = due
			} else {
				continue
			}
		}
		rs.read = append(rs.read, i)
	}
	return rs, rs.content >= 0 && roles && len(rs.lead)+len(rs.doers) > 0
}

// assignRoleSections gives a section's content, read whole, to the bodies
// its roles name: one obligation, its items in order ("Tổ chức Hội nghị
// quán triệt …; b) Tổ chức triển khai …").
func (p *docParser) assignRoleSections(nodes []directive.Node, idx []int, rs roleSet) {
	c := &nodes[rs.content]
	var text strings.Builder
	for k := range c.Children {
		item := &c.Children[k]
		t := strings.TrimSpace(item.Heading + " " + item.Text)
		if t == "" {
			continue
		}
		if text.Len() > 0 {
			text.WriteString(" ")
			if item.Marker != "" && item.Kind != directive.NodeBullet {
				text.WriteString(item.Marker + ") ")
			}
		}
		text.WriteString(t)
	}
	if text.Len() == 0 {
		return
	}
	to := slices.Concat(rs.lead, rs.doers)
	path := directive.NodePath(append(idx[:len(idx):len(idx)], rs.content)...)
	p.assignTo(path, text.String(), to)
	o := &p.d.Obligations[len(p.d.Obligations)-1]
	o.Addressees = to
	o.Lead = strings.Join(rs.lead, ", ")
	o.Support = rs.support
	if rs.due != nil {
		due := *rs.due
		o.Due = &due
	}
}

// doerLine reports a line that names who carries out the points above
// it: "Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh."
func doerLine(text string) bool {
	label, _, ok := blockLabel(text)
	return ok && label == labelDoer
}

// noteLead returns where the text after a note's label opens ("Ghi chú:
// …", "Lưu ý: …", "Chú ý: …"), or 0.
func noteLead(text string) int {
	c := strings.IndexByte(text, ':')
	if c < 0 || c > len("Ghi chú") {
		return 0
	}
	switch keyOf(text[:c]) {
	case "ghi chú", "lưu ý", "chú ý":
	default:
		return 0
	}
	k := c + 1
	for k < len(text) && text[k] == ' ' {
		k++
	}
	if k >= len(text) {
		return 0
	}
	return k
}

// dutyLeadIn returns the bodies a letter's paragraph gives the points
// after it by their duty ("Giám đốc Sở Lao động - Thương binh và Xã hội
// có trách nhiệm:"), or nil.
func dutyLeadIn(text string) []string {
	t := strings.TrimSpace(text)
	if !strings.HasSuffix(t, ":") {
		return nil
	}
	k := keyOf(t)
	if !slices.ContainsFunc(dutyTails, func(tail string) bool { return strings.HasSuffix(k, tail) }) {
		return nil
	}
	return headingAddressees(t)
}
