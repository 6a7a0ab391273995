package org_test

import (
	"fmt"

	"github.com/chidao/chidao"
	"github.com/chidao/chidao/org"
)

func ExampleRegistry_Match() {
	r := org.HaNoi()
	day := chidao.MustDate(2023, 10, 4)
	for _, name := range []string{"UBND TP Hà Nội", "Uỷ ban nhân dân quận Ba Đình", "SỞ VĂN HOÁ VÀ THỂ THAO"} {
		m, err := r.Match(name, day)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(m.Org.Key())
	}
	// After the 2025 reform the department no longer exists.
	m, _ := r.Match("Sở Thông tin và Truyền thông", chidao.MustDate(2025, 8, 1))
	fmt.Println(m.Dissolved, m.Org.Validity().Until, "->", m.Successors[0].Name())
	// Output:
	// hn.ubnd
	// hn.q-ba-dinh.ubnd
	// hn.so-van-hoa-the-thao
	// true 2025-03-01 -> Sở Khoa học và Công nghệ thành phố Hà Nội
}

func ExampleRegistry_Expand() {
	r := org.HaNoi()
	ubnd, _ := r.Org("hn.ubnd")
	orgs, _ := r.Expand("UBND các quận, huyện, thị xã", ubnd, chidao.MustDate(2023, 10, 4))
	fmt.Println(len(orgs), "bodies:", orgs[0].Name(), "|", orgs[1].Name(), "|", orgs[2].Name())

	_, err := r.Expand("UBND các quận, huyện, thị xã", ubnd, chidao.MustDate(2025, 8, 1))
	fmt.Println(err != nil)
	// Output:
	// 30 bodies: Ủy ban nhân dân quận Ba Đình | Ủy ban nhân dân huyện Ba Vì | Ủy ban nhân dân quận Bắc Từ Liêm
	// true
}

func ExampleRegistry_CanDirect() {
	r := org.HaNoi()
	day := chidao.MustDate(2023, 10, 4)
	ubnd, _ := r.Org("hn.ubnd")
	baDinh, _ := r.Org("hn.q-ba-dinh.ubnd")
	syt, _ := r.Org("hn.so-y-te")
	chain, ok := r.CanDirect(ubnd, baDinh, day)
	fmt.Println(ok, chain)
	_, ok = r.CanDirect(baDinh, syt, day)
	fmt.Println(ok)
	// Output:
	// true Ủy ban nhân dân thành phố Hà Nội → (cấp trên trực tiếp) Ủy ban nhân dân quận Ba Đình
	// false
}

func ExampleRegistry_Successors() {
	r := org.HaNoi()
	succ, _ := r.Successors("hn.so-ke-hoach-dau-tu", chidao.MustDate(2025, 8, 1))
	for _, o := range succ {
		fmt.Println(o.Name(), o.Validity())
	}
	// Output:
	// Sở Tài chính thành phố Hà Nội [2025-03-01, …)
}

func ExampleSortByPlace() {
	r := org.HaNoi()
	var orgs []*org.Org
	for _, k := range []string{"hn.h-ung-hoa.ubnd", "hn.h-gia-lam.ubnd", "hn.h-dan-phuong.ubnd", "hn.q-ba-dinh.ubnd"} {
		o, _ := r.Org(k)
		orgs = append(orgs, o)
	}
	org.SortByPlace(orgs)
	for _, o := range orgs {
		fmt.Println(o.PlaceName())
	}
	// Output:
	// Ba Đình
	// Đan Phượng
	// Gia Lâm
	// Ứng Hòa
}

// An agency's identifier in the two forms documents and packets write.
func ExampleParseIdentifier() {
	id, err := org.ParseIdentifier("000.00.05.H26")
	if err != nil {
		panic(err)
	}
	q, _ := id.QCVN()
	meaning, _ := id.Level1Meaning()
	fmt.Println(id, q, id.Level1())
	fmt.Println(meaning)
	fmt.Println(id == org.MustParseIdentifier("H26.05"))
	// Output:
	// H26.05 000.00.05.H26 H26
	// Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương
	// true
}
