//! Stock as a ledger of moves. `available = on_hand - reserved`; each move changes the two
//! counters by a fixed rule, and only moves that lower availability can be refused for lack
//! of stock. The store applies exactly these rules in one guarded UPDATE.

use std::collections::BTreeMap;

use super::names::text_enum;
use super::order::OrderLine;

text_enum! {
    MoveKind {
        Receive = "receive",
        Reserve = "reserve",
        Release = "release",
        Ship = "ship",
        Return = "return",
        Adjust = "adjust",
    }
}

/// The most units one move may carry; more is a typo (and would overflow the counters).
pub const MAX_MOVE_QTY: i64 = 1_000_000_000;

/// How one move changes (on_hand, reserved). `qty` is positive except for `Adjust`, where it
/// is the signed correction ("counted 3 fewer" is -3).
pub fn counter_deltas(kind: MoveKind, qty: i64) -> (i64, i64) {
    match kind {
        MoveKind::Receive | MoveKind::Return | MoveKind::Adjust => (qty, 0),
        MoveKind::Reserve => (0, qty),
        MoveKind::Release => (0, -qty),
        // Goods leave the shelf: they were reserved, now they are gone.
        MoveKind::Ship => (-qty, -qty),
    }
}

/// True when the move lowers what can be promised, so it needs enough available stock.
pub fn lowers_available(kind: MoveKind, qty: i64) -> bool {
    let (on_hand, reserved) = counter_deltas(kind, qty);
    on_hand - reserved < 0
}

/// Per SKU, how much more (positive) or less (negative) must be reserved when an order's lines
/// change from `old` to `new`. SKUs whose quantity did not change are left out.
pub fn reservation_delta(old: &[OrderLine], new: &[OrderLine]) -> BTreeMap<String, i64> {
    let mut delta: BTreeMap<String, i64> = BTreeMap::new();
    for line in new {
        *delta.entry(line.sku.clone()).or_default() += line.qty;
    }
    for line in old {
        *delta.entry(line.sku.clone()).or_default() -= line.qty;
    }
    delta.retain(|_, d| *d != 0);
    delta
}

/// Quantities per SKU of a set of lines (an order may list a SKU on two lines).
pub fn quantities(lines: &[OrderLine]) -> BTreeMap<String, i64> {
    reservation_delta(&[], lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(sku: &str, qty: i64) -> OrderLine {
        OrderLine {
            sku: sku.into(),
            name: sku.into(),
            variant: String::new(),
            qty,
            unit_price: 100,
        }
    }

    #[test]
    fn moves_change_counters_by_rule() {
        assert_eq!(counter_deltas(MoveKind::Receive, 5), (5, 0));
        assert_eq!(counter_deltas(MoveKind::Reserve, 2), (0, 2));
        assert_eq!(counter_deltas(MoveKind::Release, 2), (0, -2));
        assert_eq!(counter_deltas(MoveKind::Ship, 2), (-2, -2));
        assert_eq!(counter_deltas(MoveKind::Return, 1), (1, 0));
        assert_eq!(counter_deltas(MoveKind::Adjust, -3), (-3, 0));
    }

    #[test]
    fn only_some_moves_need_stock() {
        assert!(lowers_available(MoveKind::Reserve, 1));
        assert!(lowers_available(MoveKind::Adjust, -1));
        for kind in [
            MoveKind::Receive,
            MoveKind::Release,
            MoveKind::Ship,
            MoveKind::Return,
        ] {
            assert!(!lowers_available(kind, 1), "{kind}");
        }
        assert!(!lowers_available(MoveKind::Adjust, 4));
    }

    #[test]
    fn edits_reserve_only_the_difference() {
        let old = [line("A", 2), line("B", 1)];
        let new = [line("A", 3), line("C", 1), line("A", 1)];
        let d = reservation_delta(&old, &new);
        assert_eq!(
            d.into_iter().collect::<Vec<_>>(),
            [
                ("A".to_string(), 2),
                ("B".to_string(), -1),
                ("C".to_string(), 1)
            ]
        );
        assert!(reservation_delta(&old, &old).is_empty());
        assert_eq!(quantities(&new)["A"], 4);
    }
}
