//! The five panes and which one is which.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaneId {
    Orders,
    Inventory,
    Customers,
    Payments,
    /// The day closed at a glance (or a week, a month).
    Today,
}

impl PaneId {
    pub const ALL: [PaneId; 5] = [
        PaneId::Orders,
        PaneId::Inventory,
        PaneId::Customers,
        PaneId::Payments,
        PaneId::Today,
    ];

    pub fn index(self) -> usize {
        PaneId::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    pub fn title(self) -> &'static str {
        match self {
            PaneId::Orders => "Orders",
            PaneId::Inventory => "Inventory",
            PaneId::Customers => "Customers",
            PaneId::Payments => "Payments",
            PaneId::Today => "Today",
        }
    }

    pub fn next(self, step: isize) -> PaneId {
        let i = (self.index() as isize + step).rem_euclid(PaneId::ALL.len() as isize) as usize;
        PaneId::ALL[i]
    }
}
