package parser

// Who an assigning text names: the bodies of a list (splitAddressees),
// who leads and who supports (readRoles). A body opens with a head word
// (lexicon.BodyHeads: "Sở", "Ủy ban", "UBND", "Công an"), a class ("các
// sở", "các đơn vị"), or the post of its head ("Giám đốc Sở", "Chủ tịch
// UBND"); it runs to punctuation that ends a clause, to a verb, or to a
// separator not followed by another body.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chidao/chidao/internal/lexicon"
)

var (
	bodyHeadKeys   = lexicon.BodyHeads
	classKeys      = lexicon.BodyClasses
	lookalikeKeys  = lexicon.HeadLookalikes
	openerKeys     = lexicon.AddresseeOpeners
	collectiveKeys = slices.Concat(lexicon.StateCollectives, lexicon.PartyCollectives, lexicon.PartyOrgans)
	// headPosts are the posts a text addresses a body's head by; "thủ
	// trưởng các" is left out, for "các" belongs to the class it opens.
	headPosts = phrases(slices.DeleteFunc(slices.Clone(lexicon.HeadPosts), func(w string) bool {
		return strings.HasSuffix(w, " các")
	}))
	sectorKeys = func() []string {
		out := make([]string, len(lexicon.SectorNames))
		for i, w := range lexicon.SectorNames {
			out[i] = keyOf(w) // compared through Key on both sides
		}
		return out
	}()
	conjunctions = phrases([]string{"và", "hoặc", "cùng"})
	classWords   = phrases([]string{"các", "những"})
	// nameStops end a body's name in running text: the verbs of a task and
	// the words that open what the body does, where and by when.
	nameStops = phrases(lexicon.TaskVerbs, lexicon.ActionVerbs, []string{"để", "nhằm", "theo", "qua", "thông qua",
		"về", "tại", "trong", "trước", "chậm nhất", "định kỳ", "hằng", "hàng", "là", "làm", "với", "được", "phải",
		"cần", "sẽ", "đã", "đang", "không", "khi", "nếu", "thì", "từ", "đến", "cho", "bằng", "đối với", "có", "đồng chủ trì",
		"như", "kết quả", "tình hình", "trực tiếp", "chủ động", "khẩn trương", "kịp thời", "tích cực", "tiếp tục", "nghiêm túc",
		"thường xuyên"}, nameEndVerbs)
	// nameEndVerbs are verbs that follow a body in lower case but never
	// continue its name; verbs that also name bodies ("quản lý", "đăng ký",
	// "đào tạo", "thanh tra") are left out.
	nameEndVerbs = []string{"thành lập", "cân đối", "phân bổ", "sửa đổi", "bổ sung", "điều chỉnh", "kiện toàn",
		"sắp xếp", "tập huấn", "rút kinh nghiệm", "thu thập", "bàn giao", "thu hồi", "biên soạn", "in ấn", "lồng ghép",
		"nâng cao", "kêu gọi", "huy động", "kết nối", "số hóa", "vận hành", "duy trì", "truy cứu", "phòng ngừa",
		"biểu dương", "tôn vinh", "quảng bá", "đăng tải", "ký kết", "lựa chọn", "sửa chữa", "nâng cấp", "cải tạo",
		"di dời", "thu hút", "tạo điều kiện", "trao đổi", "tháo gỡ", "xác minh", "lấy ý kiến", "nộp", "trả lời",
		"tiếp thu", "xác định", "đối chiếu", "kiểm kê", "quyết toán", "thanh toán", "tạm ứng", "thúc đẩy", "quyết định", "gợi ý"}
	// verbStops are the verbs among nameStops: a name may end on one
	// that is its own word ("Bộ Ngoại giao", "Vụ Vật liệu xây dựng").
	verbStops = phrases(lexicon.TaskVerbs, lexicon.ActionVerbs, nameEndVerbs)
	// keepWords may follow a body though they start like a stop: "các
	// đơn vị có liên quan".
	keepWords = phrases([]string{"có liên quan"})
	// roleFillers may stand between a body and its role: "Sở Nội vụ là
	// cơ quan chủ trì", "Sở Y tế có trách nhiệm chủ trì".
	roleFillers = phrases([]string{"là", "cơ quan", "đơn vị", "làm", "tiếp tục", "có trách nhiệm", "chịu trách nhiệm",
		"trực tiếp", "sẽ", "tích cực", "chủ động", "cùng", "thường trực", "giữ vai trò", "đồng"})
	// leadIns close what comes before the body given a role: "UBND tỉnh
	// giao Sở Nội vụ chủ trì".
	roleWords    = phrases([]string{"chủ trì", "phối hợp"})
	supportLinks = phrases([]string{"chặt chẽ", "với", "cùng với", "cùng"})
)

// opensBody reports whether a body's name opens at word k: a head word
// ("Sở Y tế", "UBND tỉnh", "Công an tỉnh"; a one-syllable head only in
// capitals, so "sở hữu" and "ban hành" are none), a class after "các" or
// "những" ("các sở, ban, ngành", "các đơn vị liên quan"), or a general
// word for bodies ("cơ quan", "Thường trực Tỉnh ủy").
func (t *ptext) opensBody(k int) bool {
	if k < 0 || k >= len(t.w) {
		return false
	}
	key := t.key(k)
	if _, ok := keyPrefix(key, lookalikeKeys); ok {
		return false
	}
	if rest, ok := cutKeyWord(key, "các", "những"); ok {
		_, head := keyPrefix(rest, bodyHeadKeys)
		_, class := keyPrefix(rest, classKeys)
		return head || class
	}
	if w, ok := keyPrefix(key, bodyHeadKeys); ok {
		return strings.Contains(w, " ") || t.upper(k)
	}
	_, ok := keyPrefix(key, openerKeys)
	return ok
}

// postsEnd returns the word after a run of posts at k that a body
// follows ("Giám đốc Sở", "Chủ tịch, các Phó Chủ tịch UBND tỉnh",
// "Chánh Văn phòng UBND tỉnh" where "Văn phòng" is the body), or k.
func (t *ptext) postsEnd(k int) int {
	j := k
	for range 4 { // "Đồng chí Chủ tịch, các Phó Chủ tịch UBND …"
		next, _, ok := t.matchAny(j, headPosts)
		if !ok {
			return k
		}
		// the body may open inside the post: "Chánh | Văn phòng",
		// "Trưởng | ban Dân vận" (a head in lower case before a name)
		for c := j + 1; c <= next && c < len(t.w); c++ {
			if c == next && t.standing(c) {
				// "Phó Chủ tịch Thường trực": a post; a body may follow it
				if c+2 < len(t.w) && t.soft(c+2) && t.opensBody(c+2) {
					return c + 2
				}
				return k
			}
			if t.soft(c) && (t.opensBody(c) || c == next && t.pluralHead(c) ||
				c == next-1 && slices.Contains(bareHeads, t.lw[c]) && next < len(t.w) && t.soft(next) && t.upper(next)) {
				return c
			}
		}
		if next >= len(t.w) {
			return k
		}
		j = next
		if !t.soft(j) {
			if g := strings.TrimSpace(t.gap(j)); g != "," && g != "/" {
				return k
			}
		} else if c, _, ok := t.matchAny(j, conjunctions); ok && c < len(t.w) {
			j = c
		}
	}
	return k
}

// standing reports "Thường trực" at k, which after a post is part of it.
func (t *ptext) standing(k int) bool {
	return k+1 < len(t.w) && t.lw[k] == "thường" && t.lw[k+1] == "trực" && t.soft(k+1)
}

// secondPost returns the first word in (a, b) where a dash opens a second
// post of the same person ("Trưởng Ban Xây dựng Đảng - Trưởng Tiểu ban"),
// or b. A body's name never opens with a post word after its dash.
func (t *ptext) secondPost(a, b int) int {
	for k := a + 1; k < b; k++ {
		if g := strings.TrimSpace(t.gap(k)); g != "-" && g != "–" {
			continue
		}
		if _, _, ok := t.matchAny(k, headPosts); ok {
			return k
		}
		if _, _, ok := t.matchAny(k, postWords); ok {
			return k
		}
	}
	return b
}

// postWords open a member's post that heads no body of its own.
var postWords = phrases([]string{"trưởng", "phó", "ủy viên", "thành viên", "thư ký", "tổ trưởng", "tổ phó"})

// pluralHead reports "các" or "những" before a body's head written with
// a capital: "các Vụ" of "Vụ trưởng các Vụ, Cục trưởng các Cục".
func (t *ptext) pluralHead(k int) bool {
	c, _, ok := t.matchAny(k, classWords)
	if !ok || c >= len(t.w) || !t.soft(c) || !t.upper(c) {
		return false
	}
	_, ok = keyPrefix(t.key(c), bodyHeadKeys)
	return ok
}

// opensAddressee is opensBody or a post a body follows.
func (t *ptext) opensAddressee(k int) bool {
	return t.opensBody(k) || t.postsEnd(k) > k || t.persons(k)
}

// personWords are the people an execution article names after its
// bodies: "… và các ông (bà) có tên tại Điều 1", "các cá nhân có liên quan".
var personWords = phrases([]string{"các ông", "các bà", "ông/bà", "ông (bà)", "các cá nhân", "các thành viên", "các đồng chí"})

// persons reports a class of people at word k.
func (t *ptext) persons(k int) bool {
	_, _, ok := t.matchAny(k, personWords)
	return ok
}

// classNoun reports a class noun at word k ("ban", "ngành", "đơn vị").
func (t *ptext) classNoun(k int) bool {
	_, ok := keyPrefix(t.key(k), classKeys)
	return ok
}

// collective reports a collective's name at word k ("UBND huyện"): a
// body, though "ủy ban" is also a class noun.
func (t *ptext) collective(k int) bool {
	_, ok := keyPrefix(t.key(k), collectiveKeys)
	return ok
}

// hasClass reports "các" or "những" among the words [a, b): the item is
// a class ("UBND các huyện", "các sở").
func (t *ptext) hasClass(a, b int) bool {
	if t.classes == nil {
		// counts of "các" and "những" before each word, once, so that
		// the test is constant time on long lists
		t.classes = make([]int, len(t.w)+1)
		for k := range t.w {
			t.classes[k+1] = t.classes[k]
			if _, _, ok := t.matchAny(k, classWords); ok {
				t.classes[k+1]++
			}
		}
	}
	return a < b && t.classes[b] > t.classes[a]
}

// classHead returns the word of "các" when the words [a, b) end with
// "các" and one head ("các Bộ", "UBND các huyện"), the head of a list
// after a colon, or -1.
func (t *ptext) classHead(a, b int) int {
	for c := b - 2; c >= a && c >= b-3; c-- {
		if _, ok := t.match(c, "các"); !ok {
			continue
		}
		head := keyOf(t.text(c+1, b))
		if _, ok := keyPrefix(head, bodyHeadKeys); ok && !strings.Contains(head, " ") || slices.Contains(classKeys, head) {
			return c
		}
		if w, ok := strings.CutSuffix(head, " ngành"); ok && b-c == 3 && slices.ContainsFunc(bodyHeadKeys, func(k string) bool { return strings.TrimSuffix(k, " ") == w }) {
			return c // "các Sở, ngành: Tư pháp, Y tế": the names are of Sở
		}
	}
	return -1
}

// stops reports a word that ends a body's name: a verb or function word
// in lower case, not one right after "các", or the start of a deadline.
func (t *ptext) stops(j int) bool {
	if t.upper(j) {
		return false
	}
	if _, _, ok := t.matchAny(j, keepWords); ok {
		return false
	}
	if t.after(j, classWords) {
		return false
	}
	if e, _, ok := t.matchAny(j, nameStops); ok {
		// a verb right before the body's role ends no name: it is the
		// name's own word ("Bộ Ngoại giao chủ trì", "Vụ Vật liệu xây dựng
		// là cơ quan thường trực")
		if v, _, verb := t.matchAny(j, verbStops); verb && v == e && e < len(t.w) && t.soft(e) && t.rolePart(e) {
			return false
		}
		return true
	}
	return t.dueStarts(j)
}

// rolePart reports a role word or a role's filler at word j: "chủ trì",
// "phối hợp", "là", "có trách nhiệm", "chịu trách nhiệm".
func (t *ptext) rolePart(j int) bool {
	if _, _, ok := t.matchAny(j, roleWords); ok {
		return true
	}
	w, _, ok := t.matchAny(j, roleFillers)
	return ok && w > j && (t.lw[j] == "là" || t.lw[j] == "có" || t.lw[j] == "chịu")
}

// listEnd returns the word after the list of bodies that opens at word k
// ("Sở Tài chính, Sở Kế hoạch và Đầu tư", "các cơ quan, đơn vị liên
// quan", "các Sở: Tài chính, Tư pháp"), or k when no body opens there. A
// comma or "và" goes on when a body, a capitalised name part ("Văn hóa,
// Thể thao và Du lịch") or, inside a class, a class noun follows.
func (t *ptext) listEnd(k int) int {
	if !t.opensAddressee(k) {
		return k
	}
	item := k
	j := k + 1
	for j < len(t.w) && j-k < maxListWords {
		g := t.gap(j)
		if strings.ContainsAny(g, ".;()[]!?\"“”") {
			break
		}
		if strings.Contains(g, ":") {
			if t.classHead(item, j) < 0 {
				break
			}
			j++
			continue
		}
		sep := strings.ContainsAny(g, ",/")
		nj := j
		if c, _, ok := t.matchAny(j, conjunctions); ok && !sep {
			if c >= len(t.w) || !t.soft(c) {
				break
			}
			sep, nj = true, c
		}
		if sep {
			switch {
			case t.opensAddressee(nj):
				item = nj
			case t.upper(nj) || t.hasClass(item, j) && t.classNoun(nj) && !t.collective(nj):
			default:
				return j
			}
			j = nj + 1
			continue
		}
		if t.stops(j) && !t.namePart(k, j) {
			break
		}
		j++
	}
	return j
}

// bareHeads are the head nouns that a body's own name must follow, and
// headNameVerbs the verbs that open such names: "Ban xây dựng đảng",
// "Sở xây dựng", "Ban quản lý dự án" typed in lower case.
var (
	bareHeads     = []string{"ban", "sở", "bộ", "cục", "vụ", "phòng"}
	headNameVerbs = phrases([]string{"xây dựng", "tổ chức", "quản lý", "kiểm tra", "chỉ đạo"})
)

// namePart reports a verb at j that opens the name of the bare head noun
// just before it, so that it does not end the body at k.
func (t *ptext) namePart(k, j int) bool {
	if j != k+1 || !slices.Contains(bareHeads, t.lw[k]) {
		return false
	}
	_, _, ok := t.matchAny(j, headNameVerbs)
	return ok
}

// bodyBefore returns the list of bodies the role word at k is given to:
// the list in its clause that runs up to it, filler words apart ("Giao Sở
// Nội vụ chủ trì", "Sở Nội vụ là cơ quan chủ trì", "UBND tỉnh giao Sở Y tế
// chủ trì" gives "Sở Y tế"); a clause starts after ".", ";", ":", a
// parenthesis or another role word.
func (t *ptext) bodyBefore(k int) (int, int, bool) {
	start := 0
	for j := k - 1; j >= 0; j-- {
		if strings.ContainsAny(t.gap(j+1), ".;:") {
			start = j + 1
			break
		}
		if e, _, ok := t.matchAny(j, roleWords); ok && e <= k {
			start = e
			break
		}
	}
	for j := start; j < k; {
		if !t.opensAddressee(j) {
			j++
			continue
		}
		e := t.listEnd(j)
		if e > k {
			e = k
		}
		if t.fillers(e, k) {
			return j, e, true
		}
		j = max(e, j+1)
	}
	return 0, 0, false
}

// fillers reports whether the words [a, b) are role fillers or inside
// parentheses ("Sở Nội vụ (cơ quan thường trực) chủ trì").
func (t *ptext) fillers(a, b int) bool {
	depth := 0
	for j := a; j < b; {
		g := t.gap(j)
		if j > a && strings.ContainsAny(g, ".;:") {
			return false
		}
		depth += strings.Count(g, "(") - strings.Count(g, ")")
		if depth > 0 {
			j++
			continue
		}
		next, _, ok := t.matchAny(j, roleFillers)
		if !ok {
			return false
		}
		j = next
	}
	return true
}

// readRoles returns who leads (chủ trì) and who supports (phối hợp) in
// one assigning text, as written:
//   - "Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và
//     Đầu tư …": the body before "chủ trì" leads, the list after "phối hợp
//     (với)" supports;
//   - "Chủ trì: Sở Nội vụ; Phối hợp: …", the labels of a table row;
//   - "Công an tỉnh phối hợp với Sở Tư pháp …": the partners support and
//     no one leads, for the text names no lead;
//   - "…; các sở, ngành liên quan phối hợp thực hiện": with no partner
//     named, the bodies before "phối hợp" support.
//
// Lists are split into single bodies by splitAddressees; a lead of
// several bodies ("Sở Y tế và Sở Tài chính chủ trì") is given as they
// are, joined by ", ". The first "chủ trì" of the text counts; every
// "phối hợp" adds its bodies once.
func readRoles(text string) (lead string, support []string) { return readText(text).roles() }

// roles is readRoles over a text already cut into words.
func (t *ptext) roles() (lead string, support []string) {
	if !t.mayHave(roleWords) {
		return "", nil
	}
	leadSeen := false
	seen := map[string]bool{}
	add := func(a, b int) {
		for _, s := range splitAddressees(t.text(a, b)) {
			if k := keyOf(s); !seen[k] {
				seen[k] = true
				support = append(support, s)
			}
		}
	}
	for k := 0; k < len(t.w); k++ {
		if next, ok := t.match(k, "chủ trì"); ok && !leadSeen {
			leadSeen = true
			if next < len(t.w) && strings.Contains(t.gap(next), ":") {
				if e := t.listEnd(next); e > next {
					lead = strings.Join(splitAddressees(t.text(next, e)), ", ")
				}
			} else if a, b, ok := t.bodyBefore(k); ok {
				lead = strings.Join(splitAddressees(t.text(a, b)), ", ")
			}
		}
		next, ok := t.match(k, "phối hợp")
		if !ok {
			continue
		}
		j := next
		for j < len(t.w) && t.soft(j) {
			l, _, ok := t.matchAny(j, supportLinks)
			if !ok {
				break
			}
			j = l
		}
		if j < len(t.w) && strings.Trim(t.gap(j), " :") == "" && t.opensAddressee(j) {
			e := t.listEnd(j)
			add(j, e)
			k = e - 1
			continue
		}
		if a, b, ok := t.bodyBefore(k); ok {
			add(a, b)
		}
	}
	return lead, support
}

// splitAddressees splits a phrase of addressees into single bodies as
// written:
//   - ";" always separates: "Các Sở, ban, ngành; UBND quận, huyện, thị
//     xã" is two;
//   - a comma or "và" separates when a body follows: "Sở Tài chính, Sở Tư
//     pháp và các đơn vị liên quan" is three, "Sở Văn hóa và Thể thao" and
//     "Sở Văn hóa, Thể thao và Du lịch" one;
//   - a class stays a class: "các sở, ban, ngành", "UBND các huyện, thị
//     xã, thành phố", "các cơ quan, đơn vị liên quan";
//   - a head before a colon goes to each name after it: "các Bộ: Công an,
//     Tư pháp" gives "Bộ Công an", "Bộ Tư pháp" (sector names with "và"
//     read whole: "các Sở: Kế hoạch và Đầu tư, Tài chính");
//   - the post of a body's head is dropped: "Chánh Văn phòng UBND tỉnh"
//     gives "Văn phòng UBND tỉnh", "Giám đốc các Sở" "các Sở";
//   - bare collectives take the place of the last: "Hội đồng nhân dân, Ủy
//     ban nhân dân thành phố Đà Nẵng" gives both "… thành phố Đà Nẵng".
//
// The rewrites are the last two: a head joined to a name, a place joined
// to a collective, each part cut from the phrase.
func splitAddressees(phrase string) []string {
	t := readText(cutStub(phrase)) // before the split: the stub may hold a class noun's qualifier
	var out []string
	for a := 0; a < len(t.w); {
		b := a + 1
		for b < len(t.w) && !strings.ContainsAny(t.gap(b), ";") {
			b++
		}
		out = append(out, t.segment(a, b)...)
		a = b
	}
	for i, o := range out {
		out[i] = headOfPost(cutQualifier(o))
	}
	return out
}

// qualifierOpeners open what a list of bodies says after a comma about
// the scope they act in, no body's name: "…, trong phạm vi nhiệm vụ,
// quyền hạn của mình", "…, nhất là các tỉnh …", "… sau khi được cấp …".
var qualifierOpeners = []string{", trong ", ",trong ", ", theo ", ", căn cứ ", ", trên cơ sở ", ", tùy theo ", ", khi ",
	", nhất là ", ", đặc biệt là ", " sau khi ", " trước khi ", " theo chức năng", " theo thẩm quyền", " theo lĩnh vực", " theo phạm vi"}

// qualifierStubs are what is left of an opener when the name was cut at
// the verb after it ("là", "được"): "Các tỉnh, thành phố trong cả nước,
// nhất", "Cơ quan, cá nhân sau khi".
var qualifierStubs = []string{", nhất", ", đặc biệt", " sau khi", " trước khi"}

// cutQualifier cuts such a clause off a body's name.
func cutQualifier(s string) string {
	for _, q := range qualifierOpeners {
		if i := strings.Index(s, q); i > 0 {
			s = strings.TrimSpace(s[:i])
		}
	}
	return cutStub(s)
}

// cutStub cuts a qualifierStub off the end of s.
func cutStub(s string) string {
	for _, q := range qualifierStubs {
		if t, ok := strings.CutSuffix(s, q); ok && t != "" {
			return strings.TrimSpace(t)
		}
	}
	return s
}

// headOfPost gives the body of a post named by its body's head and
// "trưởng", standing alone: "Các Bộ trưởng" is "Các Bộ", "Cục trưởng"
// "Cục".
func headOfPost(s string) string {
	k := keyOf(s)
	k = strings.TrimPrefix(strings.TrimPrefix(k, "các "), "những ")
	switch k {
	case "bộ trưởng", "cục trưởng", "vụ trưởng", "viện trưởng", "tổng cục trưởng", "chi cục trưởng":
		if i := strings.LastIndexByte(s, ' '); i > 0 {
			return s[:i]
		}
	}
	return s
}

// segment splits the words [a, b) of one ";" segment.
func (t *ptext) segment(a, b int) []string {
	type item struct{ a, b int }
	var items []item
	cur := a
	colon := false
	// a class runs to the people after it at most: "các cơ quan, đơn vị
	// và các cá nhân có tên tại Điều 1"
	cb := b
	for j := a + 1; j < b; j++ {
		if t.persons(j) {
			cb = j
			if _, _, ok := t.matchAny(j-1, conjunctions); ok && j-1 > a {
				cb = j - 1
			}
			break
		}
	}
	for j := a + 1; j < b; j++ {
		g := t.gap(j)
		if strings.Contains(g, ":") {
			colon = colon || t.classHead(cur, j) >= 0
			continue
		}
		if colon {
			continue // the names after the colon are split below
		}
		sep := strings.ContainsAny(g, ",/")
		nj := j
		if c, _, ok := t.matchAny(j, conjunctions); ok && !sep && c < b && t.soft(c) {
			sep, nj = true, c
		}
		if !sep || !t.opensAddressee(nj) {
			continue
		}
		if t.inField(cur, j) {
			continue // "Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng": the fields of one post
		}
		if t.frontCommittee(cur, j, nj) {
			continue // "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh" is one Party committee
		}
		if nj != j && t.officeOf(cur) && t.collective(nj) {
			continue // "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân tỉnh" is one office
		}
		if t.hasClass(cur, j) && t.classNoun(nj) && !t.collective(nj) && t.bareClass(nj, max(cb, nj+1)) && !t.qualifiedClass(nj, max(cb, nj+1)) {
			continue // "các sở, ban, ngành"
		}
		if t.bareClassRun(cur, j) && t.classNoun(nj) && !t.collective(nj) && t.bareClass(nj, max(cb, nj+1)) && !t.qualifiedClass(nj, max(cb, nj+1)) {
			continue // "…; cơ quan, đơn vị": class nouns in a row are one class, "các" or not
		}
		if keyOf(t.text(cur, j)) == "bộ trưởng" {
			// "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …": the ministers,
			// the ministries (written "Bộ": an addressee is cut from the text)
			items = append(items, item{cur, j})
			cur = nj
			j = nj
			continue
		}
		if p := t.postsEnd(cur); p > cur && p >= j {
			continue // "Chủ tịch, các Phó Chủ tịch UBND tỉnh"
		}
		if t.postsOnly(cur, j) {
			continue
		}
		items = append(items, item{cur, j})
		cur = nj
		j = nj
	}
	items = append(items, item{cur, b})

	var out []string
	var bare []bool
	for _, it := range items {
		s := t.honorificEnd(it.a, it.b)
		if p := t.postsEnd(s); p > s && p < it.b {
			s = p
			it.b = t.secondPost(s, it.b)
		}
		if names := t.distribute(s, it.b); names != nil {
			out = append(out, names...)
			bare = append(bare, make([]bool, len(names))...)
			continue
		}
		text := t.text(s, it.b)
		if s > it.a && slices.Contains(bareHeads, t.lw[s]) {
			text = capitalFirst(text) // "Trưởng phòng Văn hóa" heads "Phòng Văn hóa"
		}
		k := keyOf(text)
		isBare := slices.Contains(collectiveKeys, k)
		if !isBare {
			// "… Ủy ban nhân dân thành phố Đà Nẵng" gives its place to the
			// bare collectives before it
			if tail := t.collectiveTail(s, it.b); tail != "" {
				for i := len(out) - 1; i >= 0 && bare[i]; i-- {
					out[i] += " " + tail
					bare[i] = false
				}
			}
		}
		out = append(out, text)
		bare = append(bare, isBare)
	}
	return out
}

// inField reports words [a, b) that end naming the field a post is in
// charge of ("… phụ trách lĩnh vực Hành chính"): a comma after them lists
// more fields.
func (t *ptext) inField(a, b int) bool {
	for k := a + 2; k+1 < b; k++ {
		if t.lw[k] == "lĩnh" && t.lw[k+1] == "vực" && t.lw[k-2] == "phụ" && t.lw[k-1] == "trách" {
			return true
		}
	}
	return false
}

// postsOnly reports words [a, b) that are posts alone ("Giám đốc" of
// "Giám đốc, Thủ trưởng các sở").
func (t *ptext) postsOnly(a, b int) bool {
	next, _, ok := t.matchAny(a, headPosts)
	if p := t.postsEnd(a); ok && p > a && p < next {
		return false // "Chánh Văn phòng": the post names its own office
	}
	return ok && next >= b
}

// bareClassRun reports words [a, b) that are a class noun in lower case
// and nothing else: "cơ quan" of "cơ quan, đơn vị", not "Sở Y tế".
func (t *ptext) bareClassRun(a, b int) bool {
	if a >= b || t.upper(a) && a > 0 || !t.classNoun(a) || t.collective(a) { // (capitalised at the phrase's start: "Cơ quan, đơn vị")
		return false
	}
	for k := a + 1; k < b; k++ {
		if t.upper(k) || strings.ContainsAny(t.gap(k), ",;/") {
			return false
		}
	}
	return b-a <= 2
}

// bareClass reports a class noun at j that stands alone up to the next
// separator ("ban" of "các sở, ban, ngành"), not the head of a named body
// ("Ban Dân tộc"), or only qualified by a clause on the whole list
// ("đơn vị" of "các cơ quan, đơn vị sử dụng Hệ thống …").
func (t *ptext) bareClass(j, b int) bool {
	after, _ := t.afterClassNoun(j)
	for k := j + 1; k < b; k++ {
		if strings.ContainsAny(t.gap(k), ",;/") {
			return true
		}
		if k == after && !t.upper(k) {
			if _, _, ok := t.matchAny(k, clauseQualifiers); ok {
				return true
			}
		}
		if t.upper(k) {
			return false
		}
	}
	return true
}

// qualifiedClass reports a class noun at j that its own words qualify
// before the next separator: "cơ quan ngang bộ" of "các bộ, cơ quan ngang
// bộ" is a class of its own. What qualifies the whole list ("các tổ chức,
// cá nhân có liên quan") does not count.
func (t *ptext) qualifiedClass(j, b int) bool {
	k, ok := t.afterClassNoun(j)
	if !ok || k >= b || strings.ContainsAny(t.gap(k), ",;/") {
		return false
	}
	if _, _, ok := t.matchAny(k, conjunctions); ok {
		return false // "đơn vị và tổ chức, cá nhân": the list goes on
	}
	_, _, shared := t.matchAny(k, sharedQualifiers)
	_, _, clause := t.matchAny(k, clauseQualifiers)
	return !shared && !clause
}

// afterClassNoun returns the word after the class noun at j ("vị" is the
// last word of "đơn vị"), and false when no class noun is there.
func (t *ptext) afterClassNoun(j int) (int, bool) {
	w, ok := keyPrefix(t.key(j), classKeys)
	if !ok {
		return -1, false
	}
	return j + strings.Count(w, " ") + 1, true
}

// sharedQualifiers close a list of classes and qualify all of them.
var sharedQualifiers = phrases([]string{"liên quan", "có liên quan", "trực thuộc", "thuộc", "trên địa bàn", "các cấp", "cấp"})

// clauseQualifiers open a clause that closes a list of class nouns and
// qualifies all of them: "các cơ quan, đơn vị sử dụng Hệ thống thư điện
// tử công vụ", "… được cấp hộp thư".
var clauseQualifiers = phrases([]string{"sử dụng", "được", "đang", "có", "tham gia", "quản lý"})

// distribute reads "các Bộ: Công an, Tư pháp" (or "Sở: Tư pháp, Y tế")
// in words [a, b): the head before the colon joined to each name after
// it, and what precedes "các" kept ("UBND các huyện: Đông Anh, Gia Lâm"
// gives "UBND huyện Đông Anh").
// nil when the words have no such colon.
func (t *ptext) distribute(a, b int) []string {
	colon := -1
	for j := a + 1; j < b; j++ {
		if strings.Contains(t.gap(j), ":") {
			colon = j
			break
		}
	}
	if colon < 0 {
		return nil
	}
	c := t.classHead(a, colon)
	if c < 0 {
		// "Giám đốc Sở: Lao động - Thương binh và Xã hội, Thông tin và
		// Truyền thông": a head alone before the colon
		k := keyOf(t.text(a, colon))
		if colon-a != 1 || !slices.ContainsFunc(bodyHeadKeys, func(h string) bool { return strings.TrimSuffix(h, " ") == k }) {
			return nil
		}
		c = a - 1
	}
	prefix := "" // the words before the class: "UBND " of "UBND các huyện: …"
	if c > a {
		prefix = t.text(a, c) + " "
	}
	head := t.text(c+1, colon)
	if colon-c == 3 { // "Sở, ngành": the names take the body head
		head = t.text(c+1, c+2)
	}
	var out []string
	for j := colon; j < b; {
		e := t.nameEnd(j, b)
		switch {
		case t.opensBody(j) && !t.sectorName(j, e):
			// a whole name in the list: "…, Tài chính, Công an tỉnh"
			out = append(out, t.text(j, e))
		case t.postsEnd(j) > j && t.postsEnd(j) < e:
			out = append(out, t.text(t.postsEnd(j), e)) // "Thủ trưởng các cơ quan …"
		default:
			out = append(out, prefix+head+" "+t.text(j, e))
		}
		j = e
		if j < b {
			if c, _, ok := t.matchAny(j, conjunctions); ok && !strings.ContainsAny(t.gap(j), ",/") {
				j = c
			}
		}
	}
	return out
}

// sectorName reports the words [j, e) making a sector's name and nothing
// more ("Công an" of "các Bộ: Công an", not "Công an tỉnh").
func (t *ptext) sectorName(j, e int) bool {
	k := keyOf(t.text(j, e))
	if w, ok := keyPrefix(t.key(j), sectorKeys); ok && k == w {
		return true
	}
	w, ok := keyPrefix(t.key(j), bodyHeadKeys)
	return ok && k == w // a head word alone names a sector too: "Công an"
}

// nameEnd returns the end of one name of a distributed list at word j: a
// sector name read whole, else the words up to a comma or "và".
func (t *ptext) nameEnd(j, b int) int {
	if w, ok := keyPrefix(t.key(j), sectorKeys); ok {
		for e := j + 1; e <= b && e-j <= maxSectorWords; e++ {
			if keyOf(t.text(j, e)) == w {
				return e
			}
		}
	}
	e := j + 1
	for e < b && !strings.ContainsAny(t.gap(e), ",/") {
		if _, _, ok := t.matchAny(e, conjunctions); ok && t.soft(e) {
			break
		}
		e++
	}
	return e
}

// collectiveTail returns what follows a collective's name in words [a,
// b) ("thành phố Đà Nẵng" of "Ủy ban nhân dân thành phố Đà Nẵng"), or "".
func (t *ptext) collectiveTail(a, b int) string {
	w, ok := keyPrefix(t.key(a), collectiveKeys)
	if !ok {
		return ""
	}
	for e := a + 1; e < b && e-a <= maxSectorWords; e++ {
		if keyOf(t.text(a, e)) == w {
			if !t.soft(e) {
				return ""
			}
			return t.text(e, b)
		}
	}
	return ""
}

// honorificEnd returns the word after a form of address that opens the
// words [a, b) ("Các ông (bà)", "Ông", "Đồng chí"), or a.
func (t *ptext) honorificEnd(a, b int) int {
	for _, h := range []string{"các ông", "ông", "các bà", "bà", "các đồng chí", "đồng chí", "các đ/c", "đ/c"} { // "Đ/c": đồng chí
		e, ok := t.match(a, h)
		if !ok || e >= b {
			continue
		}
		if _, ok := t.match(e, "bà"); ok && strings.ContainsAny(t.gap(e), "(/") && e+1 < b {
			e++ // "ông (bà)", "Ông/Bà"
		}
		if t.opensAddressee(e) {
			return e
		}
		if _, _, ok := t.matchAny(e, headPosts); ok {
			return e // "Đồng chí Phó Chủ tịch Thường trực, phụ trách …": the post itself
		}
	}
	return a
}

// officeOf reports an item that names an office, after its head's post:
// "Chánh Văn phòng …", "Văn phòng …".
func (t *ptext) officeOf(a int) bool {
	s := a
	if p := t.honorificEnd(a, len(t.w)); p > a {
		s = p
	}
	if p := t.postsEnd(s); p > s {
		s = p
	}
	_, ok := t.match(s, "văn phòng")
	return ok
}

// capitalFirst writes s with its first letter in upper case.
func capitalFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// frontCommittee reports words [a, b) naming the Party committee of the
// Front ("Đảng ủy Mặt trận Tổ quốc"), with "các đoàn thể" at word c: the
// committee of the Front and the mass organisations, one body since the
// 2025 reform.
func (t *ptext) frontCommittee(a, b, c int) bool {
	k := strings.TrimSuffix(keyOf(t.text(a, b)), " việt nam")
	if k != "đảng ủy mặt trận tổ quốc" && k != "đảng bộ mặt trận tổ quốc" {
		return false
	}
	return c+2 < len(t.w) && t.lw[c] == "các" && t.lw[c+1] == "đoàn" && t.lw[c+2] == "thể"
}
