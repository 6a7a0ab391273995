package report

import (
	"fmt"
	"strconv"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/task"
)

// DocumentOptions say who reports, when, on what, and to whom.
type DocumentOptions struct {
	Bloc         directive.Bloc
	ParentIssuer string // the governing body above the issuer, if printed
	Issuer       string
	IssuerKey    string
	Symbol       directive.Symbol // the zero Symbol leaves the number for the clerk
	Place        string
	Date         chidao.Date
	// On names what is reported on, as it will follow "Báo cáo kết quả
	// thực hiện": "Chỉ thị số 24-CT/TU ngày 07/8/2023 của Ban Thường vụ
	// Thành ủy Hà Nội".
	On           string
	Recipients   []string // Kính gửi
	Signature    directive.Signature
	Distribution []string // Nơi nhận
}

// Document writes the board as the Báo cáo a unit signs: a
// [directive.Document] of type Báo cáo with its header, the subject
// "Báo cáo kết quả thực hiện …", a body of three parts (the figures, the
// units' results as a table, what is late), the signature and Nơi nhận;
// so that it renders and validates with the same code as any document.
func (b Board) Document(o DocumentOptions) *directive.Document {
	kind, _ := directive.KindByName("Báo cáo")
	y, m, d := b.At.Parts()
	t := b.Total
	figures := fmt.Sprintf("Tính đến ngày %02d/%02d/%d, tổng số nhiệm vụ được giao là %d; trong đó: "+
		"hoàn thành đúng hạn %d, hoàn thành quá hạn %d, chưa hoàn thành trong hạn %d, chưa hoàn thành quá hạn %d. "+
		"Số nhiệm vụ đến hạn là %d; tỷ lệ đúng hạn đạt %s, tỷ lệ quá hạn %s; tỷ lệ hoàn thành %s.",
		d, m, y, t.Total, t.National(task.NationalDoneOnTime), t.National(task.NationalDoneLate),
		t.National(task.NationalOpenWithinTerm), t.National(task.NationalOpenOverdue), t.Due,
		Percent(t.OnTimeRate()), Percent(t.LateRate()), Percent(t.Completion()))
	table := &directive.Table{Header: header}
	for _, row := range b.table(Percent) {
		if row[0] == header[0] {
			continue
		}
		table.Rows = append(table.Rows, row)
	}
	var late []directive.Node
	for _, r := range b.Rows {
		if n := r.Tally.National(task.NationalOpenOverdue); n > 0 {
			late = append(late, directive.Node{Kind: directive.NodeBullet, Marker: "-",
				Text: nameOf(r) + ": " + strconv.Itoa(n) + " nhiệm vụ chưa hoàn thành quá hạn."})
		}
	}
	if len(late) == 0 {
		late = []directive.Node{{Kind: directive.NodeParagraph, Text: "Không có nhiệm vụ chưa hoàn thành quá hạn."}}
	}
	doc := &directive.Document{
		Bloc: o.Bloc, ParentIssuer: o.ParentIssuer, Issuer: o.Issuer, IssuerKey: o.IssuerKey,
		Symbol: o.Symbol, Type: kind, Place: o.Place, Date: o.Date,
		Subject:    "Kết quả thực hiện " + o.On,
		Recipients: o.Recipients,
		Body: []directive.Node{
			{Kind: directive.NodeNumbered, Marker: "I", Heading: "KẾT QUẢ THỰC HIỆN", Children: []directive.Node{
				{Kind: directive.NodeParagraph, Text: figures},
			}},
			{Kind: directive.NodeNumbered, Marker: "II", Heading: "KẾT QUẢ CỦA CÁC ĐƠN VỊ", Children: []directive.Node{
				{Kind: directive.NodeTable, Table: table},
			}},
			{Kind: directive.NodeNumbered, Marker: "III", Heading: "NHIỆM VỤ CHƯA HOÀN THÀNH QUÁ HẠN", Children: late},
		},
		Signature:    o.Signature,
		Distribution: o.Distribution,
	}
	if o.Symbol.IsValid() {
		doc.Number = o.Symbol.Number()
	}
	switch o.Bloc {
	case directive.BlocState: // Quốc hiệu và Tiêu ngữ, NĐ 30/2020 Phụ lục I
		doc.NationalHeader = []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"}
	case directive.BlocParty: // Hướng dẫn 36-HD/VPTW
		doc.NationalHeader = []string{"ĐẢNG CỘNG SẢN VIỆT NAM"}
	}
	doc.Sections = directive.Flatten(doc.Body)
	return doc
}
