import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Evidence, sniffEvidenceType } from '@txassist/contract';
import { call } from '../support/http.js';
import { BACKENDS } from '../support/server.js';
import {
  deliveredOrder,
  FILES,
  newBuyer,
  secondSeller,
  SK,
  startClockedServer,
  upload,
  type ClockedServer,
} from './disputes-support.js';

for (const backend of BACKENDS) {
  describe(`dispute evidence (${backend})`, () => {
    let env: ClockedServer;
    let strictSk: string;
    before(async () => {
      env = await startClockedServer(backend);
      // A shop with tight evidence rules: images only, 2 KiB, two files.
      strictSk = await secondSeller(env.server);
      const policy = await call(env.url, 'POST', '/v1/policy', {
        token: strictSk,
        body: {
          evidence: { accepted_types: ['image/jpeg', 'image/png', 'image/webp'], max_bytes: 2048, max_files: 2 },
        },
      });
      assert.equal(policy.status, 200, policy.text);
    });
    after(() => env?.close());

    const strictOrder = async () => {
      const buyer = await newBuyer(env.url, strictSk);
      const order = await deliveredOrder(env.url, buyer.buyerId, { secretKey: strictSk });
      return { buyer, order };
    };

    it('detects the type from the bytes, whatever the file is called', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const cases: [Buffer, string, string][] = [
        [FILES.png, 'holiday.pdf', 'image/png'],
        [FILES.jpeg, 'scan.png', 'image/jpeg'],
        [FILES.pdf, 'photo.jpg', 'application/pdf'],
      ];
      for (const [bytes, name, type] of cases) {
        const result = await upload(env.url, buyer.token, order.id, bytes, name);
        assert.equal(result.status, 201, result.text);
        const evidence = Evidence.parse(result.json);
        assert.equal(evidence.content_type, type);
        assert.equal(evidence.size, bytes.length);
        assert.equal(evidence.filename, name);
        assert.equal(evidence.attached_to, null);
      }
      const webp = Buffer.concat([
        Buffer.from('RIFF'),
        Buffer.from([0x10, 0, 0, 0]),
        Buffer.from('WEBPVP8 '),
        Buffer.alloc(8),
      ]);
      assert.equal(sniffEvidenceType(webp), 'image/webp');
    });

    it('refuses a spoofed type: text named .jpg, and a type the policy does not accept', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const spoofed = await upload(env.url, buyer.token, order.id, FILES.text, 'photo.jpg');
      assert.equal(spoofed.status, 422);
      assert.equal(spoofed.json.code, 'evidence_type_not_allowed');
      const html = await upload(
        env.url,
        buyer.token,
        order.id,
        Buffer.from('<html><script>alert(1)</script>'),
        'x.png',
      );
      assert.equal(html.json.code, 'evidence_type_not_allowed');
      const { buyer: strictBuyer, order: strict } = await strictOrder();
      const pdf = await upload(env.url, strictBuyer.token, strict.id, FILES.pdf, 'receipt.pdf');
      assert.equal(pdf.status, 422);
      assert.equal(pdf.json.code, 'evidence_type_not_allowed');
      const notBase64 = await call(env.url, 'POST', `/v1/orders/${order.id}/evidence`, {
        token: buyer.token,
        body: { filename: 'x.png', data: 'not base64!' },
      });
      assert.equal(notBase64.status, 422);
      assert.equal(notBase64.json.code, 'validation_failed');
    });

    it('refuses files over the size limit', async () => {
      const { buyer, order } = await strictOrder();
      const big = Buffer.concat([FILES.png, Buffer.alloc(4096, 7)]);
      const result = await upload(env.url, buyer.token, order.id, big, 'big.png');
      assert.equal(result.status, 422);
      assert.equal(result.json.code, 'evidence_too_large');
      assert.match(result.json.detail, /MB/);
      // A real photo (~200 kB) is fine under the default rules, though the JSON limit is 64 kB.
      const buyer2 = await newBuyer(env.url);
      const order2 = await deliveredOrder(env.url, buyer2.buyerId);
      const photo = Buffer.concat([FILES.jpeg, Buffer.alloc(200_000, 3)]);
      assert.equal((await upload(env.url, buyer2.token, order2.id, photo, 'photo.jpg')).status, 201);
      // Other routes keep the JSON limit.
      const huge = await call(env.url, 'POST', '/v1/policy', { token: SK, body: { padding: 'x'.repeat(200_000) } });
      assert.equal(huge.status, 413);
    });

    it('refuses too many files: uploads beyond the count, and a dispute naming too many', async () => {
      const { buyer, order } = await strictOrder();
      const ids: string[] = [];
      for (let i = 0; i < 2; i++)
        ids.push((await upload(env.url, buyer.token, order.id, FILES.png, `p${i}.png`)).json.id);
      const third = await upload(env.url, buyer.token, order.id, FILES.png, 'p3.png');
      assert.equal(third.status, 422);
      assert.equal(third.json.code, 'evidence_limit_reached');
      const tooMany = await call(env.url, 'POST', `/v1/orders/${order.id}/disputes`, {
        token: buyer.token,
        body: {
          reason: 'damaged',
          items: [{ line_item_id: order.lineItems[0]!.id, quantity: 1 }],
          description: 'Arrived broken, see photos.',
          desired_outcome: 'full_refund',
          evidence_ids: [...ids, 'evi_somethingelse01'],
        },
      });
      assert.equal(tooMany.status, 422);
      assert.equal(tooMany.json.code, 'evidence_limit_reached');
      const ok = await call(env.url, 'POST', `/v1/orders/${order.id}/disputes`, {
        token: buyer.token,
        body: {
          reason: 'damaged',
          items: [{ line_item_id: order.lineItems[0]!.id, quantity: 1 }],
          description: 'Arrived broken, see photos.',
          desired_outcome: 'full_refund',
          evidence_ids: ids,
        },
      });
      assert.equal(ok.status, 201, ok.text);
      assert.equal(ok.json.evidence.length, 2);
      // Attached files no longer count against new uploads.
      assert.equal((await upload(env.url, buyer.token, order.id, FILES.png, 'p4.png')).status, 201);
    });

    it("never lets one party use or read another's files", async () => {
      const owner = await newBuyer(env.url);
      const stranger = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, owner.buyerId);
      const mine = (await upload(env.url, owner.token, order.id, FILES.png)).json;
      assert.equal(
        (await upload(env.url, stranger.token, order.id, FILES.png)).status,
        404,
        'upload to a foreign order',
      );
      const read = (token: string) =>
        fetch(env.url + mine.content_path, { headers: { Authorization: `Bearer ${token}` } }).then((r) => r.status);
      assert.equal(await read(owner.token), 200);
      assert.equal(await read(stranger.token), 404);
      assert.equal(await read(SK), 404, 'the seller sees it only once it is attached to a case');
      const strangerOrder = await deliveredOrder(env.url, stranger.buyerId);
      const misuse = await call(env.url, 'POST', `/v1/orders/${strangerOrder.id}/disputes`, {
        token: stranger.token,
        body: {
          reason: 'damaged',
          items: [{ line_item_id: strangerOrder.lineItems[0]!.id, quantity: 1 }],
          description: 'Using someone else’s photo.',
          desired_outcome: 'full_refund',
          evidence_ids: [mine.id],
        },
      });
      assert.equal(misuse.status, 422);
      assert.equal(misuse.json.code, 'evidence_not_found');
      const filed = await call(env.url, 'POST', `/v1/orders/${order.id}/disputes`, {
        token: owner.token,
        body: {
          reason: 'damaged',
          items: [{ line_item_id: order.lineItems[0]!.id, quantity: 1 }],
          description: 'Broken on arrival.',
          desired_outcome: 'full_refund',
          evidence_ids: [mine.id],
        },
      });
      assert.equal(filed.status, 201, filed.text);
      assert.equal(await read(SK), 200);
      assert.equal(await read(stranger.token), 404);
      const otherSk = await secondSeller(env.server);
      assert.equal(await read(otherSk), 404);
    });
  });
}
