package sync

// A Map is a map safe for concurrent use, with Go's sync.Map API. Unlike
// Go's, it is a plain map under one lock. The zero value is empty.
//
// A key of a type that cannot be hashed (a slice, a map, a func) panics
// as in Go's map; the methods that take a key unlock m.mu by a deferred
// call, so that such a panic, once recovered, leaves the Map usable.
type Map struct {
	mu Mutex
	m  map[interface{}]interface{}
}

// Load returns the value stored for key, and whether there is one.
func (m *Map) Load(key interface{}) (value interface{}, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, ok = m.m[key]
	return value, ok
}

// Store sets the value for key.
func (m *Map) Store(key, value interface{}) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = make(map[interface{}]interface{})
	}
	m.m[key] = value
}

// LoadOrStore returns the value for key if there is one (loaded true);
// else it stores value and returns it.
func (m *Map) LoadOrStore(key, value interface{}) (actual interface{}, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[interface{}]interface{})
	}
	m.m[key] = value
	return value, false
}

// LoadAndDelete deletes the value for key, and returns it if there was
// one.
func (m *Map) LoadAndDelete(key interface{}) (value interface{}, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	delete(m.m, key)
	return value, loaded
}

// Delete deletes the value for key.
func (m *Map) Delete(key interface{}) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.m, key)
}

// Range calls f for each key and value, until f returns false. It works
// on a snapshot: f may use m.
func (m *Map) Range(f func(key, value interface{}) bool) {
	m.mu.Lock()
	keys := make([]interface{}, 0, len(m.m))
	values := make([]interface{}, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		values = append(values, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], values[i]) {
			return
		}
	}
}
