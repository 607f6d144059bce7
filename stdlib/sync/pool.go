package sync

// A Pool is a set of temporary objects for reuse: Put one in, Get one
// out (or a new one from New). Unlike Go's, whose objects may vanish at
// any garbage collection, a golc Pool keeps what is put in until it is
// taken again; objects are shared through one lock rather than per P.
type Pool struct {
	mu    Mutex
	items []interface{}
	// New, if set, makes a value for Get when the pool is empty.
	New func() interface{}
}

// Put adds x to the pool.
func (p *Pool) Put(x interface{}) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get takes an object from the pool; if there is none, it returns New(),
// or nil without New.
func (p *Pool) Get() interface{} {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}
