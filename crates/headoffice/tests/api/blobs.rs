//! `HEAD`/`PUT /api/v1/blobs/{sha256}`: resumable uploads checked against their name.

use reqwest::StatusCode;
use sha2::{Digest, Sha256};

use crate::common::{start, Kiosk, Server};

fn sha_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn photo(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 % 251) as u8).collect()
}

async fn head(server: &Server, kiosk: &Kiosk, sha: &str) -> reqwest::Response {
    server
        .client
        .head(server.blob_url(sha))
        .header("Authorization", kiosk.bearer())
        .send()
        .await
        .expect("head")
}

async fn put(
    server: &Server,
    kiosk: &Kiosk,
    sha: &str,
    offset: usize,
    total: usize,
    part: &[u8],
) -> reqwest::Response {
    server
        .client
        .put(server.blob_url(sha))
        .header("Authorization", kiosk.bearer())
        .header("Upload-Offset", offset.to_string())
        .header("Upload-Length", total.to_string())
        .body(part.to_vec())
        .send()
        .await
        .expect("put")
}

fn header(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get(name)
        .map(|v| v.to_str().expect("ascii").to_string())
}

#[tokio::test]
async fn a_blob_arrives_in_three_parts_with_a_head_between() {
    let server = start().await;
    let kiosk = server.enrolled("Bagli kiosk").await;
    let bytes = photo(300_000);
    let sha = sha_hex(&bytes);
    assert_eq!(
        head(&server, &kiosk, &sha).await.status(),
        StatusCode::NOT_FOUND
    );

    let first = put(&server, &kiosk, &sha, 0, bytes.len(), &bytes[..100_000]).await;
    assert_eq!(first.status(), StatusCode::ACCEPTED);
    assert_eq!(header(&first, "upload-offset").as_deref(), Some("100000"));

    let between = head(&server, &kiosk, &sha).await;
    assert_eq!(between.status(), StatusCode::OK);
    assert_eq!(header(&between, "upload-offset").as_deref(), Some("100000"));
    assert_eq!(header(&between, "upload-complete"), None);
    assert_eq!(
        server.office.blob(&sha).expect("reads"),
        None,
        "not complete yet"
    );

    let second = put(
        &server,
        &kiosk,
        &sha,
        100_000,
        bytes.len(),
        &bytes[100_000..250_000],
    )
    .await;
    assert_eq!(second.status(), StatusCode::ACCEPTED);
    assert_eq!(header(&second, "upload-offset").as_deref(), Some("250000"));
    let last = put(
        &server,
        &kiosk,
        &sha,
        250_000,
        bytes.len(),
        &bytes[250_000..],
    )
    .await;
    assert_eq!(last.status(), StatusCode::CREATED);

    let done = head(&server, &kiosk, &sha).await;
    assert_eq!(done.status(), StatusCode::OK);
    assert_eq!(header(&done, "upload-complete").as_deref(), Some("1"));
    assert_eq!(
        server.office.blob(&sha).expect("reads"),
        Some(bytes.clone())
    );
    let names: Vec<_> = std::fs::read_dir(server.dir.path().join("blobs"))
        .expect("blob folder")
        .map(|e| e.expect("entry").file_name().into_string().expect("utf-8"))
        .collect();
    assert_eq!(names, std::slice::from_ref(&sha), "no partial file left");

    // Sending it again changes nothing and says it is complete.
    let again = put(&server, &kiosk, &sha, 0, bytes.len(), &bytes).await;
    assert_eq!(again.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn a_wrong_hash_is_422_and_nothing_is_kept() {
    let server = start().await;
    let kiosk = server.enrolled("Bagli kiosk").await;
    let bytes = photo(50_000);
    let named_for = sha_hex(b"another photo");
    let first = put(
        &server,
        &kiosk,
        &named_for,
        0,
        bytes.len(),
        &bytes[..20_000],
    )
    .await;
    assert_eq!(first.status(), StatusCode::ACCEPTED);
    let last = put(
        &server,
        &kiosk,
        &named_for,
        20_000,
        bytes.len(),
        &bytes[20_000..],
    )
    .await;
    assert_eq!(last.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        head(&server, &kiosk, &named_for).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(server.office.blob(&named_for).expect("reads"), None);
    let left = std::fs::read_dir(server.dir.path().join("blobs"))
        .expect("folder")
        .count();
    assert_eq!(left, 0);
}

#[tokio::test]
async fn a_part_at_the_wrong_offset_is_409_with_the_server_offset() {
    let server = start().await;
    let kiosk = server.enrolled("Bagli kiosk").await;
    let bytes = photo(30_000);
    let sha = sha_hex(&bytes);
    let skipped = put(&server, &kiosk, &sha, 10_000, bytes.len(), &bytes[10_000..]).await;
    assert_eq!(skipped.status(), StatusCode::CONFLICT);
    assert_eq!(header(&skipped, "upload-offset").as_deref(), Some("0"));
    put(&server, &kiosk, &sha, 0, bytes.len(), &bytes[..10_000]).await;
    let repeated = put(&server, &kiosk, &sha, 0, bytes.len(), &bytes[..10_000]).await;
    assert_eq!(repeated.status(), StatusCode::CONFLICT);
    assert_eq!(header(&repeated, "upload-offset").as_deref(), Some("10000"));
    // A partial upload longer than a newly announced length is dropped: start again.
    let shorter = put(&server, &kiosk, &sha, 10_000, 5_000, b"").await;
    assert_eq!(shorter.status(), StatusCode::CONFLICT);
    assert_eq!(header(&shorter, "upload-offset").as_deref(), Some("0"));
    assert_eq!(
        head(&server, &kiosk, &sha).await.status(),
        StatusCode::NOT_FOUND
    );
    put(&server, &kiosk, &sha, 0, bytes.len(), &bytes[..10_000]).await;
    let rest = put(&server, &kiosk, &sha, 10_000, bytes.len(), &bytes[10_000..]).await;
    assert_eq!(rest.status(), StatusCode::CREATED);
    assert_eq!(server.office.blob(&sha).expect("reads"), Some(bytes));
}

#[tokio::test]
async fn oversized_blobs_bad_names_and_missing_headers_are_refused() {
    let server = start().await;
    let kiosk = server.enrolled("Bagli kiosk").await;
    let sha = sha_hex(b"x");
    let huge = put(&server, &kiosk, &sha, 0, 10 * 1024 * 1024 + 1, b"x").await;
    assert_eq!(huge.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let longer_than_said = put(&server, &kiosk, &sha, 0, 1, b"xy").await;
    assert_eq!(longer_than_said.status(), StatusCode::BAD_REQUEST);
    let upper = sha.to_uppercase();
    assert_eq!(
        put(&server, &kiosk, &upper, 0, 1, b"x").await.status(),
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        head(&server, &kiosk, "not-a-hash").await.status(),
        StatusCode::BAD_REQUEST
    );
    let no_headers = server
        .client
        .put(server.blob_url(&sha))
        .header("Authorization", kiosk.bearer())
        .body("x")
        .send()
        .await
        .expect("put");
    assert_eq!(no_headers.status(), StatusCode::BAD_REQUEST);
    let stranger = Kiosk {
        secret: "wrong".into(),
        ..kiosk.clone()
    };
    assert_eq!(
        put(&server, &stranger, &sha, 0, 1, b"x").await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        put(&server, &kiosk, &sha, 0, 1, b"x").await.status(),
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn a_part_cut_off_mid_body_keeps_what_arrived() {
    use tokio::io::AsyncWriteExt;
    let server = start().await;
    let kiosk = server.enrolled("Bagli kiosk").await;
    let bytes = photo(100_000);
    let sha = sha_hex(&bytes);
    let address = server.url.trim_start_matches("http://").to_string();
    let mut stream = tokio::net::TcpStream::connect(&address)
        .await
        .expect("connects");
    let head_lines = format!(
        "PUT /api/v1/blobs/{sha} HTTP/1.1\r\nHost: {address}\r\nAuthorization: {}\r\n\
         Upload-Offset: 0\r\nUpload-Length: 100000\r\nContent-Length: 100000\r\n\r\n",
        kiosk.bearer()
    );
    stream
        .write_all(head_lines.as_bytes())
        .await
        .expect("writes");
    stream.write_all(&bytes[..40_000]).await.expect("writes");
    stream.flush().await.expect("flushes");
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    drop(stream);

    let started = std::time::Instant::now();
    loop {
        let response = head(&server, &kiosk, &sha).await;
        if header(&response, "upload-offset").as_deref() == Some("40000") {
            break;
        }
        assert!(started.elapsed().as_secs() < 10, "{:?}", response.headers());
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    // The cut part may still be closing (409 with the same offset): retry, as a kiosk does.
    loop {
        let rest = put(&server, &kiosk, &sha, 40_000, bytes.len(), &bytes[40_000..]).await;
        if rest.status() == StatusCode::CREATED {
            break;
        }
        assert_eq!(rest.status(), StatusCode::CONFLICT);
        assert_eq!(header(&rest, "upload-offset").as_deref(), Some("40000"));
        assert!(started.elapsed().as_secs() < 10);
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(server.office.blob(&sha).expect("reads"), Some(bytes));
}
