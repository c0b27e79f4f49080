//! What a window manager does when someone presses Alt+F4 or the frame's close button:
//! it asks the window to close (a WM_DELETE_WINDOW message), and the app may refuse.

use std::error::Error;

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{AtomEnum, ClientMessageEvent, ConnectionExt, EventMask, Window};

/// Asks every window on `display` titled `title` to close; returns how many it asked.
pub fn ask_to_close(display: &str, title: &str) -> Result<usize, Box<dyn Error>> {
    let (conn, screen_index) = x11rb::connect(Some(display))?;
    let root = conn.setup().roots[screen_index].root;
    let atom = |name: &str| -> Result<u32, Box<dyn Error>> {
        Ok(conn.intern_atom(false, name.as_bytes())?.reply()?.atom)
    };
    let (protocols, delete, net_name, utf8) = (
        atom("WM_PROTOCOLS")?,
        atom("WM_DELETE_WINDOW")?,
        atom("_NET_WM_NAME")?,
        atom("UTF8_STRING")?,
    );
    let mut asked = 0;
    let mut pending: Vec<Window> = vec![root];
    while let Some(window) = pending.pop() {
        pending.extend(conn.query_tree(window)?.reply()?.children);
        let name = conn
            .get_property(false, window, net_name, utf8, 0, 1024)?
            .reply()?
            .value;
        let legacy = conn
            .get_property(false, window, AtomEnum::WM_NAME, AtomEnum::STRING, 0, 1024)?
            .reply()?
            .value;
        if name != title.as_bytes() && legacy != title.as_bytes() {
            continue;
        }
        let event = ClientMessageEvent::new(32, window, protocols, [delete, 0, 0, 0, 0]);
        conn.send_event(false, window, EventMask::NO_EVENT, event)?;
        asked += 1;
    }
    conn.flush()?;
    Ok(asked)
}
