module github.com/chidao/chidao

go 1.26.0

require (
	golang.org/x/text v0.44.0
	pgregory.net/rapid v1.3.0
)
