//! Engine tests on code lists produced by CPython 3.11's `re._compiler`.

use super::state::State;

fn run(code: &[u32], groups: usize, text: &str, search: bool) -> Option<Vec<(i64, i64)>> {
    assert!(super::validate::validate(code, groups), "code rejected");
    let chars: Vec<u32> = text.chars().map(|c| c as u32).collect();
    let mut st = State::new(code, &chars[..], groups, 0, i64::MAX);
    let ok = if search { st.search() } else { st.match_here() }.expect("engine error");
    ok.then(|| (0..=groups).map(|g| st.span(g).map_or((-1, -1), |(a, b)| (a as i64, b as i64))).collect())
}

#[test]
fn literal_repeat_and_groups() {
    // (ab)*c
    let code = [14, 4, 0, 1, u32::MAX, 23, 11, 0, u32::MAX, 17, 0, 16, 97, 16, 98, 17, 1, 18, 16, 99, 1];
    assert_eq!(run(&code, 1, "ababc", false), Some(vec![(0, 5), (2, 4)]));
    assert_eq!(run(&code, 1, "xxababc", true), Some(vec![(2, 7), (4, 6)]));
    assert_eq!(run(&code, 1, "abab", true), None);
}
