// Package cite finds the documents a Vietnamese text refers to, fast:
// "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công
// tác văn thư", "thực hiện Chỉ thị số 24-CT/TU", "Luật Tổ chức chính quyền
// địa phương ngày 19 tháng 6 năm 2015".
//
// [Find] yields each reference as a [github.com/chidao/chidao/directive.Citation]:
// type, symbol (or name, for laws cited by name), date, issuer, subject,
// relation (căn cứ → legal basis, thực hiện → implements, tuyên truyền →
// propagates, theo → guided by …) and its byte span in the text. It reads
// NFC or NFD text, hard-wrapped lines, markdown and OCR noise, and skips a
// document's own number ("Số: …"). [Resolve] groups the references by
// document, merges short mentions into the full one, follows defined terms
// such as "(gọi tắt là Chỉ thị)" and leaves out page chrome before a
// document's header.
package cite
