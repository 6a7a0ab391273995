package parser

import (
	"fmt"
	"sync"
	"testing"

	"github.com/chidao/chidao/internal/vntext"
)

// TestKeyOfConcurrent holds the remembered key to vntext.Key while
// goroutines fill and overwrite the same slots with different texts.
func TestKeyOfConcurrent(t *testing.T) {
	texts := make([]string, 3*keySlots)
	for i := range texts {
		texts[i] = fmt.Sprintf("Giao UBND quận %d chủ trì, phối hợp với Sở TT&TT số %d", i%97, i)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := range 4 {
		wg.Go(func() {
			for r := range 3 {
				for i := range texts {
					s := texts[(i*(g+1)+r)%len(texts)]
					if got, want := keyOf(s), vntext.Key(s); got != want {
						select {
						case errs <- fmt.Sprintf("keyOf(%q) = %q, want %q", s, got, want):
						default:
						}
						return
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
