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

    /// The catalog key of the pane's name.
    pub fn title(self) -> &'static str {
        match self {
            PaneId::Orders => "pane-orders",
            PaneId::Inventory => "pane-inventory",
            PaneId::Customers => "pane-customers",
            PaneId::Payments => "pane-payments",
            PaneId::Today => "pane-today",
        }
    }

    pub fn next(self, step: isize) -> PaneId {
        let i = (self.index() as isize + step).rem_euclid(PaneId::ALL.len() as isize) as usize;
        PaneId::ALL[i]
    }
}
