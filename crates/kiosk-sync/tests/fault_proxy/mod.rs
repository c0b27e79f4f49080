//! A TCP proxy for tests that breaks connections between the kiosk and the head office
//! the way weak mobile data and captive portals do. Each new connection gets one fate,
//! drawn at random: passed through, refused, stalled, cut after the request reached
//! the server (so the server applied it but the kiosk never hears), cut halfway
//! through the response, or answered by the proxy itself with 500, 502 or an HTML page.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// What happens to one connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    Pass,
    /// Closed at once, before a byte is read.
    Drop,
    /// Read, then nothing for longer than the client waits.
    Stall,
    /// The request reaches the server; its answer is thrown away.
    LoseResponse,
    /// Part of the server's answer, then the connection closes.
    Truncate,
    Answer500,
    Answer502,
    /// A captive portal's "200 OK" login page.
    Html200,
}

/// The faults, by weight: a stall costs the client a whole timeout, so it is rarer.
const FAULTS: [Fate; 19] = [
    Fate::Stall,
    Fate::Drop,
    Fate::Drop,
    Fate::Drop,
    Fate::LoseResponse,
    Fate::LoseResponse,
    Fate::LoseResponse,
    Fate::Truncate,
    Fate::Truncate,
    Fate::Truncate,
    Fate::Answer500,
    Fate::Answer500,
    Fate::Answer500,
    Fate::Answer502,
    Fate::Answer502,
    Fate::Answer502,
    Fate::Html200,
    Fate::Html200,
    Fate::Html200,
];

#[derive(Debug, Default)]
pub struct Counts {
    pub passed: AtomicUsize,
    pub faults: AtomicUsize,
}

#[derive(Debug)]
pub struct FaultProxy {
    pub addr: SocketAddr,
    pub counts: Arc<Counts>,
    task: JoinHandle<()>,
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl FaultProxy {
    /// Listens on 127.0.0.1 and forwards to `upstream`; a connection is faulty with
    /// probability `fault_percent`/100. `stall` must be longer than the client's timeout.
    pub async fn start(
        upstream: SocketAddr,
        fault_percent: u64,
        seed: u64,
        stall: Duration,
    ) -> FaultProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("proxy binds");
        let addr = listener.local_addr().expect("proxy address");
        let counts = Arc::new(Counts::default());
        let rng = Arc::new(AtomicU64::new(seed.max(1)));
        let shared = Arc::clone(&counts);
        let task = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let roll = next(&rng);
                let fate = if roll % 100 < fault_percent {
                    FAULTS[usize::try_from((roll / 100) % FAULTS.len() as u64).unwrap_or(0)]
                } else {
                    Fate::Pass
                };
                let counter = if fate == Fate::Pass {
                    &shared.passed
                } else {
                    &shared.faults
                };
                counter.fetch_add(1, Ordering::Relaxed);
                tokio::spawn(handle(client, upstream, fate, roll, stall));
            }
        });
        FaultProxy { addr, counts, task }
    }

    pub fn faults(&self) -> usize {
        self.counts.faults.load(Ordering::Relaxed)
    }
}

/// xorshift64*: small, seeded, good enough to spread faults.
fn next(state: &AtomicU64) -> u64 {
    let mut x = state.load(Ordering::Relaxed);
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    state.store(x, Ordering::Relaxed);
    x.wrapping_mul(0x2545_F491_4F6C_DD1D)
}

async fn handle(
    mut client: TcpStream,
    upstream: SocketAddr,
    fate: Fate,
    roll: u64,
    stall: Duration,
) {
    match fate {
        Fate::Pass => {
            if let Some(mut server) = forward_head(&mut client, upstream).await {
                let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
            }
        }
        Fate::Drop => drop(client),
        Fate::Stall => {
            let _ = read_head(&mut client).await;
            tokio::time::sleep(stall).await;
        }
        Fate::Answer500 => {
            answer(
                &mut client,
                "500 Internal Server Error",
                "text/plain",
                "oops",
            )
            .await
        }
        Fate::Answer502 => {
            answer(
                &mut client,
                "502 Bad Gateway",
                "text/html",
                "<h1>Bad gateway</h1>",
            )
            .await
        }
        Fate::Html200 => {
            let page = "<!doctype html><html><body><form>Login to Free WiFi</form></body></html>";
            answer(&mut client, "200 OK", "text/html", page).await;
        }
        Fate::LoseResponse | Fate::Truncate => {
            let Some(mut server) = forward_head(&mut client, upstream).await else {
                return;
            };
            let (mut client_read, mut client_write) = client.split();
            let (mut server_read, mut server_write) = server.split();
            let upload = tokio::io::copy(&mut client_read, &mut server_write);
            let download = async {
                let mut answer = vec![0_u8; 64 * 1024];
                let Ok(read) = server_read.read(&mut answer).await else {
                    return;
                };
                if fate == Fate::Truncate && read > 1 {
                    let cut = 1 + usize::try_from(roll % (read as u64 - 1)).unwrap_or(0);
                    let _ = client_write.write_all(&answer[..cut]).await;
                }
            };
            // The answer (or its start) ends the exchange; the upload may still be going.
            tokio::select! {
                _ = upload => {}
                () = download => {}
            }
        }
    }
}

/// Reads the request's headers, connects upstream and sends them on with
/// `Connection: close` (and whatever of the body came with them).
async fn forward_head(client: &mut TcpStream, upstream: SocketAddr) -> Option<TcpStream> {
    let head = read_head(client).await;
    let end = head.windows(4).position(|w| w == b"\r\n\r\n")?;
    let mut server = TcpStream::connect(upstream).await.ok()?;
    let mut sent = Vec::with_capacity(head.len() + 20);
    for line in head[..end].split(|b| *b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let lower = String::from_utf8_lossy(line).to_ascii_lowercase();
        if !lower.starts_with("connection:") {
            sent.extend_from_slice(line);
            sent.extend_from_slice(b"\r\n");
        }
    }
    sent.extend_from_slice(b"connection: close\r\n\r\n");
    sent.extend_from_slice(&head[end + 4..]);
    server.write_all(&sent).await.ok()?;
    Some(server)
}

/// Reads until the end of the request's headers (or the client gives up).
async fn read_head(client: &mut TcpStream) -> Vec<u8> {
    let mut head = Vec::new();
    let mut buf = [0_u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 64 * 1024 {
        match client.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    head
}

async fn answer(client: &mut TcpStream, status: &str, kind: &str, body: &str) {
    let _ = read_head(client).await;
    let reply = format!(
        "HTTP/1.1 {status}\r\ncontent-type: {kind}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = client.write_all(reply.as_bytes()).await;
    let _ = client.shutdown().await;
}
