package task

import "github.com/chidao/chidao"

// Announced returns the schedules announced for civil servants (công
// chức, viên chức) in 2023–2026, each holiday's days off as published,
// weekends inside a break included, and the Saturdays worked in exchange.
// [VietNam] uses them; an application adds a new year's with
// [NewCalendar]. The sources are listed in testdata/holidays.json, which
// the tests hold these tables to.
//
// Not included, because no source read shows it decided: a day off for
// Ngày Văn hóa Việt Nam (24/11), which Nghị quyết 80-NQ/TW (2026) asks
// for. Add it with an Announcement when it is.
func Announced() []Announcement {
	d := chidao.MustDate
	h := func(name string, from, to chidao.Date) Holiday { return Holiday{Name: name, From: from, To: to} }
	const swap = "làm bù"
	return []Announcement{
		{Year: 2023, Source: "Công văn 8056/VPCP-KGVX ngày 01/12/2022 (Tết, Quốc khánh); Bộ luật Lao động 2019 Điều 111–112 (the rest)", Off: []Holiday{
			h(NameCompensation+" "+NameNewYear, d(2023, 1, 2), d(2023, 1, 2)),
			h(NameTet, d(2023, 1, 20), d(2023, 1, 26)),
			h(NameHungKings+", "+NameVictory+", "+NameLabour, d(2023, 4, 29), d(2023, 5, 3)),
			h(NameNational, d(2023, 9, 1), d(2023, 9, 4)),
		}},
		{Year: 2024, Source: "Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 (Tết, Quốc khánh); Công văn 2450/VPCP-KGVX ngày 12/4/2024 (30/4–1/5)", Off: []Holiday{
			h(NameNewYear, d(2024, 1, 1), d(2024, 1, 1)),
			h(NameTet, d(2024, 2, 8), d(2024, 2, 14)),
			h(NameHungKings, d(2024, 4, 18), d(2024, 4, 18)),
			h(NameVictory+", "+NameLabour, d(2024, 4, 27), d(2024, 5, 1)),
			h(NameNational, d(2024, 8, 31), d(2024, 9, 3)),
		}, Workdays: []Holiday{h(swap, d(2024, 5, 4), d(2024, 5, 4))}},
		{Year: 2025, Source: "Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150 of Bộ LĐTBXH (2024)", Off: []Holiday{
			h(NameNewYear, d(2025, 1, 1), d(2025, 1, 1)),
			h(NameTet, d(2025, 1, 25), d(2025, 2, 2)),
			h(NameHungKings, d(2025, 4, 5), d(2025, 4, 7)),
			h(NameVictory+", "+NameLabour, d(2025, 4, 30), d(2025, 5, 4)),
			h(NameNational, d(2025, 8, 30), d(2025, 9, 2)),
		}, Workdays: []Holiday{h(swap, d(2025, 4, 26), d(2025, 4, 26))}},
		{Year: 2026, Source: "Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch); the Prime Minister's approval of Tết and Quốc khánh 2026", Off: []Holiday{
			h(NameNewYear, d(2026, 1, 1), d(2026, 1, 4)),
			h(NameTet, d(2026, 2, 14), d(2026, 2, 22)),
			h(NameHungKings, d(2026, 4, 25), d(2026, 4, 27)),
			h(NameVictory+", "+NameLabour, d(2026, 4, 30), d(2026, 5, 3)),
			h(NameNational, d(2026, 8, 29), d(2026, 9, 2)),
		}, Workdays: []Holiday{h(swap, d(2026, 1, 10), d(2026, 1, 10)), h(swap, d(2026, 8, 22), d(2026, 8, 22))}},
	}
}
