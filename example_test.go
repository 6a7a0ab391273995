package chidao_test

import (
	"fmt"
	"log"
	"os"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/directive/parser"
	"github.com/chidao/chidao/org"
	"github.com/chidao/chidao/task"
)

// The SDK in a few lines: read a letter as text extraction left it, check
// it against Decree 30/2020 and the Hà Nội registry, and derive the tasks
// it lays, with what they leave unclear.
func Example() {
	text, err := os.ReadFile("examples/hanoi3241/letter.txt")
	if err != nil {
		log.Fatal(err)
	}
	doc, err := parser.Parse(string(text)) // a web page, PDF text layer, scan or pandoc Markdown
	if err != nil {
		log.Fatal(err)
	}
	reg := org.HaNoi() // Hà Nội's bodies, in 2023 and after the 2025 reforms
	for _, f := range doc.Check(directive.WithRegistry(reg)) {
		fmt.Println(f.Line())
	}
	tasks, _ := task.FromDocument(doc, reg, chidao.Date{}) // one task per obligation and body
	fmt.Println(doc.Symbol, doc.Date, len(doc.Obligations), "obligations,", len(tasks), "tasks")
	fmt.Println(tasks[0].Assignee.Name, "lacks", task.Gaps(tasks)[0])
	// Output:
	// error   signature.title [required] thiếu chức vụ của người ký (NĐ 30/2020 Điều 13, Phụ lục I §II.7)
	// warning symbol [directive.symbol_repaired] số, ký hiệu được đọc lại từ "3241 UBND-KGVX" thành "3241/UBND-KGVX"; cần đối chiếu với bản gốc (NĐ 30/2020 Phụ lục I §II.3)
	// 3241/UBND-KGVX 2023-10-04 11 obligations, 286 tasks
	// Ban Dân tộc thành phố Hà Nội lacks [rõ thời gian rõ sản phẩm]
}

// Dates are civil days, as documents write them.
func ExampleParseISODate() {
	d, _ := chidao.ParseISODate("2023-10-04")
	fmt.Println(d, d.Weekday(), d.AddDays(90))
	_, err := chidao.ParseISODate("2023-02-29")
	fmt.Println(err)
	// Output:
	// 2023-10-04 Wednesday 2024-01-02
	// invalid date: 2023-02-29
}

// Findings are collected with paths and printed one a line.
func ExampleErrorList() {
	var errs chidao.ErrorList
	p := chidao.NewPath("sections").Index(1).Child("items").Index(0)
	errs.Add(p.Child("deadline"), chidao.CodeInvalid, "hạn không đọc được", "Quý V/2023")
	errs.Warn(chidao.NewPath("signature").Child("title"), chidao.CodeRequired, "thiếu chức vụ", nil)
	fmt.Print(errs)
	fmt.Println(errs.HasErrors())
	// Output:
	// error   sections[1].items[0].deadline [invalid] hạn không đọc được
	// warning signature.title [required] thiếu chức vụ
	// true
}
