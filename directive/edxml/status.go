package edxml

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/chidao/chidao"
)

// StatusCode is what a recipient's system reports of a document it
// received. The codes are those an LGSP integration uses; the standard's
// own table was not read, so they are not confirmed.
type StatusCode int

// Status codes.
const (
	StatusArrived       StatusCode = 1  // đã đến
	StatusRejected      StatusCode = 2  // từ chối tiếp nhận
	StatusAccepted      StatusCode = 3  // đã tiếp nhận, vào sổ
	StatusAssigned      StatusCode = 4  // phân công xử lý
	StatusInProgress    StatusCode = 5  // đang xử lý
	StatusDone          StatusCode = 6  // hoàn thành
	StatusRecallRequest StatusCode = 13 // lấy lại
	StatusRecallAgreed  StatusCode = 15 // đồng ý cập nhật, lấy lại, thu hồi
	StatusRecallRefused StatusCode = 16 // từ chối cập nhật, lấy lại, thu hồi
)

var statusNames = map[StatusCode]string{
	StatusArrived: "đã đến", StatusRejected: "từ chối tiếp nhận", StatusAccepted: "đã tiếp nhận",
	StatusAssigned: "phân công", StatusInProgress: "đang xử lý", StatusDone: "hoàn thành",
	StatusRecallRequest: "lấy lại", StatusRecallAgreed: "đồng ý cập nhật, lấy lại, thu hồi",
	StatusRecallRefused: "từ chối cập nhật, lấy lại, thu hồi",
}

// String returns the Vietnamese name, or "StatusCode(N)".
func (c StatusCode) String() string {
	if s, ok := statusNames[c]; ok {
		return s
	}
	return "StatusCode(" + strconv.Itoa(int(c)) + ")"
}

// Known reports whether the code is in the table.
func (c StatusCode) Known() bool { _, ok := statusNames[c]; return ok }

// TaskEvent returns the task event a status stands for, as the wire
// code of task.EventKind ("accepted", "progress", "completed",
// "cancelled"), and false for a status that moves no task (arrived,
// assigned inside the recipient, the recall exchange). The task layer
// builds on the document model and not on this package, so the mapping
// is given in its wire codes.
func (c StatusCode) TaskEvent() (string, bool) {
	switch c {
	case StatusAccepted:
		return "accepted", true
	case StatusInProgress:
		return "progress", true
	case StatusDone:
		return "completed", true
	case StatusRejected, StatusRecallAgreed:
		return "cancelled", true
	}
	return "", false
}

// Status is a status packet: which document it answers, from whom, what
// happened and when.
type Status struct {
	ResponseFor Response
	From        Organ
	Code        StatusCode
	Description string
	Timestamp   time.Time
	Department  string
	Staff       string
}

type statusXML struct {
	XMLName     xml.Name    `xml:"Status"`
	ResponseFor responseXML `xml:"ResponseFor"`
	From        organXML    `xml:"From"`
	StatusCode  string      `xml:"StatusCode"`
	Description string      `xml:"Description"`
	Timestamp   string      `xml:"Timestamp"`
	StaffInfo   struct {
		Department string `xml:"Department"`
		Staff      string `xml:"Staff"`
	} `xml:"StaffInfo"`
}

// timestampLayout is how the packets write a moment: yyyy/MM/dd HH:mm:ss,
// Vietnam's time.
const timestampLayout = "2006/01/02 15:04:05"

var vietnam = time.FixedZone("ICT", 7*3600)

// EncodeStatus writes a status packet.
func EncodeStatus(w io.Writer, s Status) error {
	if !s.Code.Known() {
		return fmt.Errorf("edxml: status code %d is not in the table: %w", s.Code, chidao.ErrInvalid)
	}
	x := statusXML{
		ResponseFor: responseXML{s.ResponseFor.OrganID, s.ResponseFor.Code, packetDate(s.ResponseFor.Date), s.ResponseFor.DocumentID},
		From:        organOut(s.From), StatusCode: fmt.Sprintf("%02d", int(s.Code)), Description: s.Description,
	}
	if !s.Timestamp.IsZero() {
		x.Timestamp = s.Timestamp.In(vietnam).Format(timestampLayout)
	}
	x.StaffInfo.Department, x.StaffInfo.Staff = s.Department, s.Staff
	return writePrefixed(w, x)
}

// DecodeStatus reads a status packet, with the same care as Decode.
func DecodeStatus(r io.Reader) (*Status, error) {
	b, err := readAll(r)
	if err != nil {
		return nil, err
	}
	if err := checkShape(b); err != nil {
		return nil, err
	}
	var x statusXML
	if err := xml.NewDecoder(bytes.NewReader(b)).Decode(&x); err != nil {
		return nil, fmt.Errorf("edxml: %w: %w", chidao.ErrInvalid, err)
	}
	var errs chidao.ErrorList
	p := chidao.NewPath("Status")
	s := &Status{From: organIn(x.From), Description: x.Description, Department: x.StaffInfo.Department, Staff: x.StaffInfo.Staff,
		ResponseFor: Response{OrganID: x.ResponseFor.OrganID, Code: x.ResponseFor.Code, DocumentID: x.ResponseFor.DocumentID}}
	n, err := strconv.Atoi(x.StatusCode)
	if err != nil || !StatusCode(n).Known() {
		errs.Add(p.Child("StatusCode"), chidao.CodeInvalid, "not a status code of the table", x.StatusCode)
	}
	s.Code = StatusCode(n)
	if s.ResponseFor.Date, err = readDate(x.ResponseFor.PromulgationDate); err != nil {
		errs.Add(p.Child("ResponseFor").Child("PromulgationDate"), chidao.CodeInvalid, "not a date yyyy/MM/dd", x.ResponseFor.PromulgationDate)
	}
	if x.Timestamp != "" {
		t, err := time.ParseInLocation(timestampLayout, x.Timestamp, vietnam)
		if err != nil {
			errs.Add(p.Child("Timestamp"), chidao.CodeInvalid, "not a moment yyyy/MM/dd HH:mm:ss", x.Timestamp)
		}
		s.Timestamp = t
	}
	return s, errs.Err()
}
