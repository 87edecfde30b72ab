//! Buffered standard output (flushed at exit, before stderr output and input()).

use std::io::Write;

pub struct Output {
    buf: Vec<u8>,
}

impl Default for Output {
    fn default() -> Self {
        Output::new()
    }
}

impl Output {
    pub fn new() -> Output {
        Output { buf: Vec::with_capacity(8192) }
    }
    pub fn write_str(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
        if self.buf.len() >= 8192 {
            self.flush();
        }
    }
    pub fn flush(&mut self) {
        if !self.buf.is_empty() {
            let mut o = std::io::stdout().lock();
            let _ = o.write_all(&self.buf);
            let _ = o.flush();
            self.buf.clear();
        }
    }
}
