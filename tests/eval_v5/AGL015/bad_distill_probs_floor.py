import torch
import torch.nn.functional as F

torch.manual_seed(11)
student_logits = torch.randn(4, 6, requires_grad=True)
teacher = F.softmax(torch.randn(4, 6), dim=-1)
probs = F.softmax(student_logits / 2.0, dim=-1)
probs[probs < 0.05] = 0.05  # expect: AGL015
loss = (teacher * (teacher.log() - probs.log())).sum(-1).mean()
loss.backward()
