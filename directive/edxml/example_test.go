package edxml_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/edxml"
)

// A document as a packet of the national network, and back.
func ExampleEncode() {
	doc := &directive.Document{
		Bloc: directive.BlocState, Issuer: "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
		Symbol: directive.MustParseSymbol("3241/UBND-KGVX"), Number: "3241", Place: "Hà Nội",
		Date: chidao.MustDate(2023, 10, 4), Type: directive.KindOfficialLetter,
		Subject:    "tuyên truyền Chỉ thị số 24-CT/TU",
		Recipients: []string{"Các Sở, Ban, ngành Thành phố"},
	}
	var b bytes.Buffer
	if err := edxml.Encode(&b, doc, edxml.Options{From: edxml.Organ{ID: "000.00.00.H26"}}); err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range strings.Split(b.String(), "\n") {
		if strings.Contains(l, "Code") || strings.Contains(l, "PromulgationDate") {
			fmt.Println(strings.TrimSpace(l))
		}
	}
	p, err := edxml.Decode(&b)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Document.Symbol, p.Document.Date, p.Document.Type.Label(), p.From.ID)
	// Output:
	// <edXML:Code>
	// <edXML:CodeNumber>3241</edXML:CodeNumber>
	// <edXML:CodeNotation>UBND-KGVX</edXML:CodeNotation>
	// </edXML:Code>
	// <edXML:PromulgationDate>2023/10/04</edXML:PromulgationDate>
	// 3241/UBND-KGVX 2023-10-04 Công văn 000.00.00.H26
}
