import { beforeAll, describe, expect, it } from 'vitest';
import { ASPECTS, type Aspect } from '../../src/kb/analyze-query.ts';
import { PHONE_SCREEN } from '../../src/kb/fit-answer.ts';
import { splitMessage } from '../../src/kb/split-message.ts';
import { detectLanguage, openKnowledge, type Answerer, type BotAnswer } from '../../src/kb/index.ts';

let answerer: Answerer;
beforeAll(async () => {
  answerer = await openKnowledge('content', { baseUrl: 'http://localhost:3000' });
});

const lines = (answer: BotAnswer) => answer.text.split('\n');

describe('the language of a message', () => {
  it('is read from its text, whatever the page or the last message was', () => {
    expect(detectLanguage('How long does a work permit take?', 'vi')).toBe('en');
    expect(detectLanguage('xin giấy phép lao động mất bao lâu', 'en')).toBe('vi');
    // Without accents, by its common syllables.
    expect(detectLanguage('gia han giay phep lao dong o dau', 'en')).toBe('vi');
    // A Vietnamese place name in an English sentence, an English word in a Vietnamese one.
    expect(detectLanguage('Our office is in Bình Dương, can we apply online?', 'vi')).toBe('en');
    expect(detectLanguage('xin work permit cho chuyên gia cần gì', 'en')).toBe('vi');
  });

  it('is the hint when the text does not tell', () => {
    for (const text of ['ok', '2', 'P05', '1.001234.H42', 'https://dichvucong.gov.vn', '👍'])
      for (const hint of ['vi', 'en'] as const) expect(detectLanguage(text, hint), text).toBe(hint);
  });

  it('decides the language of the answer', () => {
    const english = answerer.ask('What documents do I need to register internal labour rules?', 'vi');
    expect(english).toMatchObject({ language: 'en', answered: true, ref: 'P07' });
    expect(english.text).toContain('Documents to submit:');
    const vietnamese = answerer.ask('đăng ký nội quy lao động cần hồ sơ gì', 'en');
    expect(vietnamese).toMatchObject({ language: 'vi', ref: 'P07' });
    expect(vietnamese.text).toContain('Hồ sơ gồm:');
    expect(vietnamese.text).not.toContain('Translated');
  });
});

describe('answers that fit a phone screen', () => {
  // Every procedure, asked every aspect alone, all at once and nothing in particular, in both languages.
  it(`stay within ${PHONE_SCREEN} characters with the link to the full card`, () => {
    const asks: Aspect[][] = [[], [...ASPECTS], ...ASPECTS.map((aspect) => [aspect])];
    for (const procedure of answerer.kb.procedures)
      for (const language of ['vi', 'en'] as const)
        for (const aspects of asks) {
          const text = answerer.show(procedure.id, language)?.text ?? '';
          const asked = answerer.ask(
            `${procedure.ref} ${aspects.map((aspect) => cue[language][aspect]).join(', ')}`,
            language,
          );
          for (const answer of [text, asked.text]) {
            expect(answer.length, `${procedure.ref} ${language} ${aspects.join(',')}`).toBeLessThanOrEqual(
              PHONE_SCREEN,
            );
            expect(answer).toContain(`/thu-tuc/${procedure.id}`);
          }
        }
  });

  it('answer every aspect asked, in the order asked', () => {
    const answer = answerer.ask('xin giấy phép bán lẻ rượu mất bao lâu, hồ sơ gồm gì, nộp online được không');
    expect(answer).toMatchObject({ ref: 'P16', aspects: ['time_limit', 'documents', 'online'] });
    const at = (prefix: string) => lines(answer).findIndex((line) => line.startsWith(prefix));
    expect(at('Thời hạn giải quyết')).toBeGreaterThan(0);
    expect(at('Hồ sơ gồm')).toBeGreaterThan(at('Thời hạn giải quyết'));
    expect(at('Nộp trực tuyến')).toBeGreaterThan(at('Hồ sơ gồm'));
    // Conditions only when asked.
    expect(answer.text).not.toContain('Điều kiện');
  });
});

describe('online, post and e-mail submission', () => {
  it('says what the content says about the post, once and without contradiction', () => {
    // The content: post only when the worker is ill…; the flag alone would say "can be sent by post".
    const post = answerer.ask('hưởng trợ cấp thất nghiệp gửi hồ sơ qua bưu điện được không');
    expect(post).toMatchObject({ ref: 'P08', aspects: ['post'] });
    expect(post.text).toContain('chỉ áp dụng khi người lao động ốm đau');
    expect(post.text).not.toContain('Có thể gửi qua bưu chính công ích');
    const where = answerer.ask('hưởng trợ cấp thất nghiệp nộp hồ sơ ở đâu, gửi bưu điện được không');
    expect(where.text.match(/bưu điện/g)).toHaveLength(1);
  });

  it('answers online and e-mail from the content, and says when the content is silent', () => {
    const online = answerer.ask('thông báo khuyến mại nộp online được không');
    expect(online).toMatchObject({ ref: 'P32', aspects: ['online'] });
    expect(online.text).toContain('https://dichvucong.gov.vn');
    expect(answerer.ask('thông báo khuyến mại gửi email được không').text).toContain('thư điện tử');
    const silent = answerer.ask('cấp lại giấy phép lao động gửi email được không');
    expect(silent).toMatchObject({ ref: 'P05', aspects: ['email'] });
    expect(silent.text).toContain('không nêu việc nộp hồ sơ qua email');
    // Selling online is what a procedure is about, not a way to submit.
    expect(answerer.ask('shop online có website bán hàng có phải thông báo không').aspects).not.toContain('online');
  });
});

describe('when to file', () => {
  it('is answered from the conditions (how long before expiry), not with the processing time', () => {
    for (const question of [
      'gia hạn giấy phép lao động thì nộp trước bao nhiêu ngày?',
      'How long before the work permit expires should we apply to extend it?',
    ]) {
      const answer = answerer.ask(question);
      expect(answer).toMatchObject({ ref: 'P04', aspect: 'conditions' });
      expect(answer.text).toMatch(/45 (ngày|days)/);
    }
    expect(answerer.ask('gia hạn giấy phép lao động mất bao lâu')).toMatchObject({ ref: 'P04', aspect: 'time_limit' });
  });
});

describe('ids and codes', () => {
  it('answers the bot’s own id, a national code and a document number directly', () => {
    expect(answerer.ask('P05')).toMatchObject({ decision: 'answer', ref: 'P05' });
    expect(answerer.ask('thủ tục p5 mất bao lâu')).toMatchObject({ ref: 'P05', aspect: 'time_limit' });
    const coded = answerer.kb.procedures.find((procedure) => procedure.national_code !== null);
    expect(answerer.ask(`${coded?.national_code ?? ''}.H42`)).toMatchObject({ decision: 'answer', ref: coded?.ref });
    expect(answerer.ask('105/2017/NĐ-CP')).toMatchObject({ decision: 'answer', kind: 'document', id: 'nd-105-2017' });
    // Two codes in one message are searched, not guessed.
    expect(answerer.ask('P05 hay P04').decision).not.toBe('answer');
  });
});

describe('long messages and letters', () => {
  it('drop greetings, contact details and courtesies, and keep the questions', () => {
    const message = splitMessage(
      'Kính gửi Sở Công Thương.\nTôi là chủ cửa hàng tạp hóa ở phường 5.\nĐịa chỉ: 12 Lê Lợi, phường Bến Thành.\nSĐT: 0912 345 678.\nXin hỏi bán rượu có cần giấy phép không?\nTrân trọng cảm ơn.',
    );
    expect(message.body).not.toContain('Lê Lợi');
    expect(message.body).not.toContain('0912');
    expect(message.body).not.toContain('Trân trọng');
    expect(message.body).not.toContain('Kính gửi');
    expect(message.questions).toEqual([
      'Tôi là chủ cửa hàng tạp hóa ở phường 5. Xin hỏi bán rượu có cần giấy phép không?',
    ]);
  });

  it('read a sentence typed with accents on its accents: "Hà Nội" and "chùa" ask nothing', () => {
    expect(
      splitMessage('Cửa hàng tôi ở Hà Nội, gần chùa Một Cột. Xin hỏi bán rượu có cần giấy phép không?').questions,
    ).toEqual(['Cửa hàng tôi ở Hà Nội, gần chùa Một Cột. Xin hỏi bán rượu có cần giấy phép không?']);
    // Folded, a sentence asks as the answerer reads it too (asksSomething): "ha noi" is no "hả".
    expect(splitMessage('cua hang o ha noi. ban ruou can giay phep gi').questions).toEqual([
      'cua hang o ha noi. ban ruou can giay phep gi',
    ]);
  });

  it('answer several questions about different procedures, one answer each, in the order asked', () => {
    const answer = answerer.ask(
      'Chào anh chị. Công ty em cần hỏi 2 việc. Đăng ký nội quy lao động nộp ở đâu? Còn thông báo khuyến mại thì gửi trước mấy ngày?',
    );
    expect(answer.answers?.map((one) => one.ref)).toEqual(['P07', 'P32']);
    expect(answer.answers?.[0]?.aspects).toContain('where');
    for (const one of answer.answers ?? []) expect(one.text.length).toBeLessThanOrEqual(PHONE_SCREEN);
  });
});

describe('a message that also asks about another sector', () => {
  it('answers the procedure and says which part it cannot answer', () => {
    const answer = answerer.ask(
      'Tôi đã hưởng trợ cấp thất nghiệp được 2 tháng ở Bình Dương, nay về quê Nghệ An sống luôn, muốn nhận tiếp phần trợ cấp còn lại ở quê. Xin hỏi phải làm thủ tục gì, nộp ở đâu, và muốn rút bảo hiểm xã hội một lần thì làm thế nào?',
    );
    expect(answer).toMatchObject({ decision: 'answer', ref: 'P09' });
    expect(answer.text).toContain('“rút bảo hiểm xã hội”');
    expect(answer.text.length).toBeLessThanOrEqual(PHONE_SCREEN);
    // Unless the card speaks of it: the health insurance card is returned when the benefit moves.
    const card = answerer.ask(
      'Tôi đã hưởng trợ cấp thất nghiệp được 2 tháng ở Bình Dương, nay về quê Nghệ An sống luôn, muốn nhận tiếp phần trợ cấp còn lại ở quê. Xin hỏi phải làm thủ tục gì, nộp ở đâu, và thẻ bảo hiểm y tế thì xử lý thế nào?',
    );
    expect(card).toMatchObject({ decision: 'answer', ref: 'P09' });
    expect(card.text).not.toContain('“bảo hiểm y tế”');
  });

  it('hands off when that is all it asks, or what is left asks nothing of its own', () => {
    expect(answerer.ask('Người nước ngoài làm việc tại Việt Nam có phải đóng bảo hiểm xã hội không?').answered).toBe(
      false,
    );
    expect(answerer.ask('khi vợ sinh con chồng được nghỉ chế độ thai sản mấy ngày, gửi hồ sơ cho ai').answered).toBe(
      false,
    );
  });
});

describe('a message whose only question is on another sector', () => {
  it('is handed off, not answered from the situation told around it', () => {
    // What is left once the tax is set aside ("I won … in a lucky draw, who withholds it") asks
    // nothing of the lucky draw: the question was the tax.
    const answer = answerer.ask(
      'I won a motorbike in a lucky draw at the supermarket. Do I have to pay tax on it, and who withholds it?',
    );
    expect(answer).toMatchObject({ answered: false, decision: 'handoff', reason: 'out-of-scope' });
  });
});

describe('a long message that tells a story', () => {
  it('loses little to the names, places and brands in it that no procedure holds', () => {
    const plain = answerer.ask(
      'Tôi là chủ một cơ sở ở xã, chuyên bán rượu cho khách quen ở chợ. Giấy phép bán lẻ rượu của tôi bị ướt hết trong trận lũ tháng 10 vừa rồi. Tôi cần làm lại thì hồ sơ gồm những gì?',
    );
    const story = answerer.ask(
      'Tôi là Nguyễn Thị Bích Trâm, chủ cơ sở Trâm Anh ở thôn Phú Hòa, xã Quế Xuân, chuyên bán rượu Bàu Đá, rượu Phú Lễ và rượu nếp Kim Sơn cho khách quen ở chợ Hòa Vang. Giấy phép bán lẻ rượu của tôi bị ướt hết trong trận lũ tháng 10 vừa rồi. Tôi cần làm lại thì hồ sơ gồm những gì?',
    );
    expect(plain).toMatchObject({ answered: true, ref: 'P17' });
    expect(story).toMatchObject({ answered: true, ref: 'P17' });
    // Weighed in full, the names cost it a tenth of its relevance.
    expect(story.score).toBeGreaterThanOrEqual(plain.score * 0.95);
  });
});

describe('a question asked right after another sector is named', () => {
  it('is about that sector, not about a procedure the story around it names', () => {
    // The question follows the sentence that wants the lump sum: "về quê" earlier is no transfer of benefit.
    expect(
      answerer.ask(
        'Chào anh chị, em nghỉ việc được hơn 1 năm rồi, đã lãnh trợ cấp thất nghiệp xong từ năm ngoái. Giờ em về quê buôn bán, không đi làm công ty nữa nên muốn rút bảo hiểm xã hội một lần để lấy vốn. Em cần làm hồ sơ gì, nộp ở đâu, bao lâu thì có tiền ạ?',
      ),
    ).toMatchObject({ answered: false, decision: 'handoff', reason: 'out-of-scope' });
    // English topics are read in base forms, as the question is ("residence card").
    expect(
      answerer.ask(
        "I'm an engineer here on a work permit that was just issued. My employer says I can now get a temporary residence card so I don't have to keep leaving the country. Where do I apply and what documents do I need?",
      ),
    ).toMatchObject({ answered: false, reason: 'out-of-scope' });
    // Asked first, then followed by the other sector's clause: the first part is still answered.
    const both = answerer.ask(
      'Tôi đang hưởng trợ cấp thất nghiệp ở Đà Nẵng, nay muốn chuyển nơi hưởng về quê. Xin hỏi phải làm thủ tục gì, nộp ở đâu, và thẻ bảo hiểm y tế thì xử lý thế nào?',
    );
    expect(both).toMatchObject({ answered: true, ref: 'P09' });
  });

  it('is about that sector when a sentence asking where or how gets the topic, or "it" right after it', () => {
    for (const question of [
      'Before applying for a liquor retail licence I need a household business registration. How and where do I register it?',
      "Where can I get a land use right certificate for the plot where I'm building my petrol station?",
      'xin lý lịch tư pháp ở đâu để làm giấy phép lao động',
      // The topic is itself a doing, asked where in a clause of its own.
      'minh muon xin giay phep ban le thuoc la nhung chua co giay dang ky ho kinh doanh, vay dang ky ho kinh doanh o dau',
    ])
      expect(answerer.ask(question), question).toMatchObject({ decision: 'handoff', reason: 'out-of-scope' });
    // A document of the procedure asked about as one is still the procedure's question…
    expect(answerer.ask('hồ sơ cấp giấy phép lao động có bắt buộc phiếu lý lịch tư pháp không')).toMatchObject({
      answered: true,
      ref: 'P01',
    });
    // … and so is a fee asked "for a household business", or papers asked "how long it takes".
    expect(
      answerer.ask(
        'What paperwork do I need for a tobacco retail licence, and how much is the fee for a household business?',
      ),
    ).toMatchObject({ answered: true, ref: 'P21' });
    expect(answerer.ask('xin giấy phép bán lẻ rượu cần đăng ký hộ kinh doanh không, nộp ở đâu')).toMatchObject({
      answered: true,
      ref: 'P16',
    });
    // … and getting a visa, said as what the person wants to stop doing, is no question about visas.
    expect(
      answerer.ask(
        'Tôi hay phải đi Hàn Quốc, Nhật, Úc gặp đối tác, lần nào cũng xin visa rất mất thời gian. Nghe nói có loại thẻ cho doanh nhân APEC đi lại không cần xin visa. Công ty tôi có thể đề nghị cho tôi dùng thẻ này không, nộp ở đâu?',
      ),
    ).toMatchObject({ answered: true, ref: 'P46' });
  });

  it('is the Ministry’s for a trade fair abroad, the province’s for one in Vietnam', () => {
    expect(
      answerer.ask(
        'We want to organise a trade fair for Vietnamese companies in Bangkok next year; which agency handles exhibitions abroad?',
      ),
    ).toMatchObject({ decision: 'handoff', reason: 'out-of-scope' });
    expect(
      answerer.ask('tổ chức hội chợ triển lãm ở nước ngoài cho doanh nghiệp việt thì đăng ký ở đâu').decision,
    ).toBe('handoff');
    expect(answerer.ask('đăng ký tổ chức hội chợ triển lãm ở Đà Nẵng cần hồ sơ gì')).toMatchObject({ ref: 'P34' });
  });

  it('is the Ministry’s for a lucky draw in two provinces or more, named or counted', () => {
    for (const question of [
      'Chúng tôi muốn bốc thăm trúng thưởng cùng lúc ở Hà Nội, Hải Phòng và Quảng Ninh thì đăng ký ở đâu?',
      'We want to run the same scratch-card game in all 25 of our stores across 9 provinces. Where do we register it?',
    ])
      expect(answerer.ask(question), question).toMatchObject({ decision: 'handoff', reason: 'out-of-scope' });
    // An address is one province, whatever its commune or ward is called.
    for (const question of [
      'Siêu thị ở phường Hải Châu, Đà Nẵng muốn tổ chức bốc thăm trúng thưởng thì đăng ký ở đâu',
      'công ty ở xã Hòa Bình, tỉnh Quảng Nam tổ chức quay số trúng thưởng cần hồ sơ gì',
    ])
      expect(answerer.ask(question), question).toMatchObject({ decision: 'answer', ref: 'P31' });
  });

  it('is about that sector when the plan the person turns from names our procedure', () => {
    for (const question of [
      'Chào anh chị, em nghỉ việc cty được 1 tháng, đang tính làm hồ sơ hưởng TCTN nhưng giờ em muốn rút BHXH 1 lần luôn thì làm ở đâu, cần giấy tờ gì ạ?',
      // "Can I" cut at "also" is no question of its own.
      'I already got my unemployment benefit decision. Can I also get a one-time social insurance payout at the same time?',
      // A Vietnamese working in Taiwan: the work permit is Taiwan's.
      'chao ad, em la nguoi vn dang lam o Dai Loan, sap het han giay phep lao dong ben do, muon gia han thi lam sao a',
    ])
      expect(answerer.ask(question), question).toMatchObject({ decision: 'handoff', reason: 'out-of-scope' });
  });

  it('counts a licence held "with valid work permits" as the situation, not the question', () => {
    expect(
      answerer.ask(
        "We're a foreign couple living here, and we would like to adopt a child. We both work here legally with valid work permits. Which authority handles adoption by foreigners and what documents do we need?",
      ),
    ).toMatchObject({ answered: false, reason: 'out-of-scope' });
  });
});

describe('a story not answered whole', () => {
  it('is answered from what it asks, when the whole message weighed that answer too', () => {
    const story =
      'Chào anh chị, tôi 38 tuổi, vừa mất việc ở xưởng gỗ và đang hưởng trợ cấp thất nghiệp. Tôi muốn đi học nghề sửa chữa điện lạnh để dễ kiếm việc hơn. Nhà nước có hỗ trợ tiền học nghề cho người như tôi không, mức bao nhiêu và đăng ký ở đâu ạ?';
    const answer = answerer.ask(story);
    expect(answer).toMatchObject({ decision: 'answer', ref: 'P12' });
    // "mức bao nhiêu" is what the support gives, from the card's summary, besides where to apply.
    expect(answer.aspects).toEqual(['amount', 'where']);
    expect(answer.text).toContain('1 triệu đồng');
  });
});

describe('another sector named only as a step already done or as a threat', () => {
  it('is the situation, not the question', () => {
    // The fire-safety acceptance is done: the question is the station's certificate.
    expect(
      answerer.ask(
        'Chào anh chị, em là Dũng, chủ doanh nghiệp tư nhân xăng dầu Dũng Phát. Em vừa xây xong cây xăng mới 4 trụ bơm bên quốc lộ, đã nghiệm thu PCCC. Giờ cần giấy chứng nhận cửa hàng đủ điều kiện bán lẻ để khai trương cuối tháng. Anh chị cho em biết hồ sơ và phí với ạ.',
      ),
    ).toMatchObject({ answered: true, ref: 'P30' });
    // The same in English, and the distributor it signed with is its supplier, not its trade.
    expect(
      answerer.ask(
        'Our company, Dong Tien Energy, has just finished building a fuel station with four pumps on National Highway 14. We have signed a contract with a fuel distributor and received the fire police approval. Before we open, what certificate do we need from the Department of Industry and Trade to start selling petrol and diesel to motorists, and how long does it take?',
        'en',
      ),
    ).toMatchObject({ answered: true, ref: 'P30' });
    expect(answerer.ask('How do we obtain the fire safety approval for our petrol station?', 'en').decision).toBe(
      'handoff',
    );
    // A fine as the reason to do it ("không thì bị phạt") is not a question about fines…
    expect(
      answerer.ask(
        'Chào Sở, mình là Vy, chủ shop thời trang online trên website riêng, có giỏ hàng và thanh toán trực tuyến. Vừa rồi có người bảo web bán hàng phải khai báo với Bộ Công Thương không thì bị phạt. Mình bán nhỏ thôi, có bắt buộc không và mất bao lâu?',
      ),
    ).toMatchObject({ answered: true, ref: 'P36' });
    // The household business registration a shop holds is its situation too, in either language.
    expect(
      answerer.ask(
        'Chào anh chị, em là Trang, em bán mỹ phẩm online qua Facebook được 2 năm, đã có đăng ký hộ kinh doanh. Giờ em thuê người làm website riêng có giỏ hàng và thanh toán trực tuyến. Website như vậy có phải thông báo với Bộ Công Thương không, làm online được không?',
      ),
    ).toMatchObject({ answered: true, ref: 'P36' });
    expect(
      answerer.ask(
        "I'm Hana and I run a small deli, registered as a household business. Customers keep asking for imported red wine, so I want to sell wine by the bottle. What licence do I need and where do I apply?",
      ).reason,
    ).not.toBe('out-of-scope');
    // … but one asked about is.
    for (const question of [
      'không đăng ký nội quy lao động thì bị phạt bao nhiêu',
      'phai dang ky noi quy ko thi bi phat ko',
      'website bán hàng phải thông báo không, nếu không thì bị phạt như thế nào?',
      'bán rượu có phải có đăng ký hộ kinh doanh không',
    ])
      expect(answerer.ask(question), question).toMatchObject({ decision: 'handoff', reason: 'out-of-scope' });
  });
});

describe('what is left once another sector is set aside', () => {
  it('is read with the whole message around it when the clauses left alone say too little', () => {
    const answer = answerer.ask(
      'Kính gửi UBND tỉnh, tôi là Nguyễn Văn Tâm, chủ một doanh nghiệp nhỏ ở phường Đông Hà. Tôi thấy quy định của tỉnh yêu cầu nộp bản sao chứng thực giấy đăng ký doanh nghiệp cho mọi thủ tục dù thông tin đã có trên hệ thống, gây tốn thời gian và chi phí. Tôi muốn góp ý đề nghị bỏ yêu cầu này. Tôi gửi ý kiến qua đâu, có cần đăng nhập không và bao lâu thì được trả lời?',
    );
    expect(answer).toMatchObject({ answered: true, ref: 'P44' });
    // The certified copies are what the feedback is about, not a part asked and left to another
    // office: no note that it is not answered.
    expect(answer.text).not.toContain('chứng thực');
  });

  it('is answered only when it asks plainly, not from a weak lead on words that were the other sector’s', () => {
    // "extend it" is the visa's extension: the exemption certificate's only at a low relevance.
    expect(
      answerer.ask('My business visa expires in 10 days. Can I extend it here or do I have to do a border run?'),
    ).toMatchObject({ decision: 'handoff', reason: 'out-of-scope' });
  });
});

describe('another sector named by a short form', () => {
  it('is read as typed, where chat shorthand would spell it as another word', () => {
    // "TRC" is a temporary residence card (the police), not the shorthand "trc" (trước).
    expect(answerer.ask('How do I renew my TRC? It expires next month.')).toMatchObject({
      decision: 'handoff',
      reason: 'out-of-scope',
    });
    // The shorthand still reads as "trước" in a Vietnamese question.
    expect(answerer.ask('gia han giay phep lao dong phai nop trc bao nhieu ngay')).toMatchObject({
      decision: 'answer',
      ref: 'P04',
    });
  });
});

describe('a single clear candidate', () => {
  it('is offered for a one-tap confirmation, not as a list', () => {
    const answer = answerer.ask('trạm chiết nạp LPG vào chai');
    expect(answer.decision).toBe('confirm');
    expect(answer.choices).toHaveLength(1);
    expect(answer.text).toContain(answer.choices[0]?.label ?? '?');
  });
});

const cue: Record<'vi' | 'en', Record<Aspect, string>> = {
  vi: {
    documents: 'hồ sơ gồm gì',
    time_limit: 'mất bao lâu',
    fees: 'lệ phí bao nhiêu',
    where: 'nộp ở đâu',
    online: 'nộp online được không',
    post: 'gửi bưu điện được không',
    email: 'gửi email được không',
    conditions: 'điều kiện gì',
    steps: 'các bước thế nào',
    legal_basis: 'căn cứ văn bản nào',
    amount: 'mức hỗ trợ bao nhiêu',
  },
  en: {
    documents: 'what documents',
    time_limit: 'how long',
    fees: 'what fee',
    where: 'where do I apply',
    online: 'can I apply online',
    post: 'can I send it by post',
    email: 'can I send it by email',
    conditions: 'what conditions',
    steps: 'what steps',
    legal_basis: 'which law is the legal basis',
    amount: 'how much support do I get',
  },
};
