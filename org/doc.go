// Package org is a dated registry of the Party and State bodies that issue
// and receive Vietnamese administrative documents.
//
// # Bodies
//
// An [Org] is one body (cơ quan): a Party committee (cấp ủy: Thành ủy,
// Quận ủy, Huyện ủy, Đảng ủy) and its Ban Thường vụ, the boards that
// advise a committee, a People's Council (Hội đồng nhân dân, HĐND) and a
// People's Committee (Ủy ban nhân dân, UBND), a Sở or other specialised
// department, an office and its divisions, the Mặt trận Tổ quốc, a press
// agency, or an administrative unit itself: the province or city, a quận,
// huyện or thị xã at district level, a xã or phường at commune level. Its
// [Kind] says which of these it is, its [Bloc] the part of the political
// system (Đảng, Nhà nước, Mặt trận, báo chí) and its [Level] the tier
// (trung ương, cấp tỉnh, cấp huyện, cấp xã). Each body has a stable ASCII
// key ("hn.so-y-te") from which its [ID] is derived.
//
// Bodies are linked by their parent (the body they are trực thuộc) and by
// dated relations ([RelationType]): a Party committee leads (lãnh đạo) the
// State bodies of its level, a Ban Thường vụ acts for (thay mặt) its
// committee, a department guides the press professionally (hướng dẫn
// chuyên môn).
//
// # Dates
//
// Everything is valid in a half-open window of days ([Validity]), and every
// question is asked at a date: the same name may mean one body in 2023 and
// another, or none, in 2025. After the 2025 reforms (the Sở and ministry
// mergers of 2025-03-01, the end of the district level on 2025-07-01) a
// body that ended lists its successors with how each took over
// ([Change]: renamed, merged, split, abolished).
//
// # Recipient classes
//
// Documents address classes of bodies rather than lists: "UBND các quận,
// huyện, thị xã", "Các Sở, ban, ngành Thành phố". A [GroupSpec] defines
// such a class by parent, kinds and levels, so that it names the right
// bodies at any date, and none, with a reason, when that part of the
// system did not exist.
//
// # Entry points
//
//   - [HaNoi] returns the built-in registry of Hà Nội (2023 and after the
//     2025 reforms).
//   - [Load] reads a registry from JSON (the format of [Data]); [Save]
//     writes one. [New] and [Builder] build one in code. All three check
//     the whole registry and report every problem at once as a
//     *chidao.ValidationError with paths such as "orgs[12].parent".
//   - [Registry.Match] finds the body a name as written refers to at a
//     date; [Registry.Expand] turns a recipient phrase, class or name,
//     into bodies; [Registry.CanDirect] says whether one body may direct
//     another and through which chain; [Registry.Successors] says who
//     carries an ended body's work.
package org
