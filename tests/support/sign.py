"""Stripe's own Python library as the independent oracle for webhook signatures.

    sign.py sign SECRET TIMESTAMP < body       prints the Stripe-Signature header Stripe makes
    sign.py verify SECRET HEADER [NOW] < body  exits 0 if Stripe's library accepts it, else 1

Used by tests/webhook.rs; `.ci/run` installs `stripe` into .ci/venv for it.
"""

import sys
import time

import stripe


def sign(body: str, secret: str, timestamp: int) -> str:
    signer = stripe.WebhookSignature
    if hasattr(signer, "generate_signature_header"):
        return signer.generate_signature_header(body, secret, timestamp=timestamp)
    # Older releases have no public signer; the private one computes the same HMAC.
    digest = signer._compute_signature(f"{timestamp}.{body}", secret)
    return f"t={timestamp},v1={digest}"


def verify(body: str, secret: str, header: str, now: int) -> bool:
    real_time = time.time
    time.time = lambda: now  # the library reads the clock for its 300 s tolerance
    try:
        stripe.WebhookSignature.verify_header(body, header, secret, tolerance=300)
        return True
    except stripe.error.SignatureVerificationError:
        return False
    finally:
        time.time = real_time


def main() -> int:
    body = sys.stdin.buffer.read().decode("utf-8")
    mode, secret, arg = sys.argv[1], sys.argv[2], sys.argv[3]
    if mode == "sign":
        print(sign(body, secret, int(arg)))
        return 0
    if mode == "verify":
        now = int(sys.argv[4]) if len(sys.argv) > 4 else int(time.time())
        return 0 if verify(body, secret, arg, now) else 1
    print(f"unknown mode {mode}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
