// Package render writes a [directive.Document] back out, two ways.
//
// [Text] writes the canonical plain text: the parts of the document one
// after another in reading order, a blank line between parts. It is the
// form the SDK's parser reads, and reading it gives the document back.
//
// [HTML] (and [WriteHTML]) writes a standalone page laid out like the
// printed A4 page of Decree 30/2020/NĐ-CP, Phụ lục I, or of Hướng dẫn
// 36-HD/VPTW for Party documents, to open from a file and print: the
// header in two columns, the issuer (cơ quan ban hành, under its cơ quan
// chủ quản) on the left with the number and, for a công văn, the trích
// yếu after "V/v"; on the right the Quốc hiệu and Tiêu ngữ ("CỘNG HÒA XÃ
// HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc") or the Party's
// "ĐẢNG CỘNG SẢN VIỆT NAM", and the date line. Then the type (tên loại)
// and trích yếu centred, "Kính gửi", the body, and at the foot the
// signature on the right, with its TM. (thay mặt) and KT. (ký thay)
// lines, beside "Nơi nhận" on the left.
//
// Both come from one plan of the page, so they make the same wording
// decisions: capitals for the type and the urgency and secrecy marks,
// "Số:" for the State and "Số" for the Party, "V/v" for the subject of a
// công văn, the "Kính gửi" and "Nơi nhận" punctuation ("- …;" and a final
// "."), the section markers ("I.", "1.", "a)", "Điều 3.").
package render
